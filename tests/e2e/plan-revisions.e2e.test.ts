import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectNoViolations, signIn, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json; "today" is 27.11.2026 (TEST_NOW).
const LEAD = "projektleitung@demo.strategiemonitor.example"; // leads HF1-09, HF1-10, HF1-12
const ADMIN = "admin@demo.strategiemonitor.example";

const app = useBrowserApp();
const main = (page: Page) => page.locator("main");



describe("re-planned measures in the Essen demo (plan-changes.csv)", () => {
  it("the measure page shows the plan beside the baseline and every plan change with its reason", async () => {
    const page = await app.visit("/massnahmen/HF1-12");
    const text = (await main(page).textContent()) ?? "";
    expect(text).toContain("01.07.2024 – 31.12.2027");
    expect(text).toContain("ursprünglich geplant bis 30.06.2026, 2× verschoben");
    const history = page.getByRole("list", { name: "Meldungen und Terminänderungen, neueste zuerst" });
    const historyText = (await history.textContent()) ?? "";
    expect(historyText).toContain("Zeitplan geändert");
    expect(historyText).toContain("Ende 30.06.2026 → 30.06.2027");
    expect(historyText).toContain(
      "Meilenstein „Statusmeldungen für die 20 meistgenutzten Leistungen“ 30.06.2026 → 30.06.2027 – Grund: Mehrere Fachverfahren können noch keine Statusmeldungen liefern",
    );
    expect(historyText).toContain("Ende 30.06.2027 → 31.12.2027");
    expect(text).toContain("geplant 30.06.2027 (ursprünglich 30.06.2026)");
    await expectNoViolations(page);
  });

  it("an earlier date shows the plan of that date, before it moved", async () => {
    const page = await app.visit("/massnahmen/HF1-12?stand=2025-10-01");
    const text = (await main(page).textContent()) ?? "";
    expect(text).toContain("01.07.2024 – 30.06.2026");
    expect(text).not.toContain("verschoben");
    expect(text).not.toContain("Zeitplan geändert");
  });

  it("the field timeline outlines the baseline of a moved plan and says so in its table", async () => {
    const page = await app.visit("/handlungsfelder/HF1");
    const row = page.locator(".gantt__row", { hasText: "HF1-12" });
    await expect.poll(() => row.locator(".gantt__bar--baseline").count()).toBe(1);
    expect(await page.locator(".gantt__legend").textContent()).toContain("ursprünglicher Plan");
    await page.getByText("Zeitplan als Tabelle anzeigen").click();
    const tableRow = page.locator(".gantt__table tr", { hasText: "HF1-12" });
    expect(await tableRow.textContent()).toContain("ursprünglich geplant bis 30.06.2026, 2× verschoben");
    await expectNoViolations(page);
  });

  it("the overview chart draws the plan as adopted beside the current plan", async () => {
    const page = await app.visit("/");
    const legend = page.locator(".recharts-legend-wrapper").first();
    await expect.poll(() => legend.textContent()).toContain("Plan (ursprünglich beschlossen)");
    expect(await legend.textContent()).toContain("Plan (aktuell)");
  });

  it("the changes page lists the re-planned measures of the period with their reasons", async () => {
    const page = await app.visit("/aenderungen?von=2026-09-01&bis=2026-11-27");
    const group = page.locator(".field-changes__group--replanned").first();
    await expect.poll(() => group.textContent()).toContain("Zeitplan geändert");
    expect(await main(page).textContent()).toContain("Ende 30.06.2027 → 31.12.2027 – Grund: Hersteller liefern die Schnittstellen erst 2027");
  });
});

describe("a lead re-plans a measure", () => {
  it("needs a public reason; the history then shows it, and yesterday still reads the old plan", async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, LEAD);
    await page.goto(`${app.baseUrl}/massnahmen/HF1-10/aktualisieren`);
    const end = page.getByLabel("Geplantes Ende", { exact: true });
    await end.waitFor();
    const before = await end.inputValue();
    await end.fill("2027-12-31");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Eingaben" });
    await expect.poll(() => summary.textContent()).toContain("Grund für die Terminänderung");
    await expectNoViolations(page);

    await page.getByLabel("Grund für die Terminänderung (öffentlich)").fill("Zweite Ausbaustufe kommt hinzu");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await page.getByText("Die Aktualisierung wurde gespeichert.").waitFor();
    await page.context().close();

    const visitor = await app.visit("/massnahmen/HF1-10");
    const [y, m, d] = before.split("-");
    const text = (await main(visitor).textContent()) ?? "";
    expect(text).toContain(`Ende ${d}.${m}.${y} → 31.12.2027 – Grund: Zweite Ausbaustufe kommt hinzu`);
    expect(text).toContain(`ursprünglich geplant bis ${d}.${m}.${y}, 1× verschoben`);
    await app.goto(visitor, "/massnahmen/HF1-10?stand=2026-11-26");
    const yesterday = (await main(visitor).textContent()) ?? "";
    expect(yesterday).not.toContain("Zeitplan geändert");
    expect(yesterday).toContain(`– ${d}.${m}.${y}`);
  });
});

describe("an administrator re-plans in the editor", () => {
  it("gets a reason field as soon as a planned date changes, and must fill it", async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, ADMIN);
    await page.goto(`${app.baseUrl}/verwaltung/massnahmen/HF2-05`);
    const start = page.getByLabel("Geplanter Beginn");
    await start.waitFor();
    expect(await page.getByLabel("Grund für die Terminänderung (öffentlich)").count()).toBe(0);
    await page.getByLabel("Geplantes Ende").fill("2027-09-30");
    const reason = page.getByLabel("Grund für die Terminänderung (öffentlich)");
    await reason.waitFor();
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Grund für die Terminänderung");
    await reason.fill("Ausschreibung um ein Quartal verschoben");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Die Änderungen wurden gespeichert.").waitFor();
    await expectNoViolations(page);
    await page.context().close();

    const visitor = await app.visit("/massnahmen/HF2-05");
    expect(await main(visitor).textContent()).toContain("→ 30.09.2027 – Grund: Ausschreibung um ein Quartal verschoben");
  });
});
