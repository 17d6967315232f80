import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { changesListResponseSchema, changesResponseSchema } from "@sm/domain";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json; the test clock says today is 27.11.2026.
const PASSWORD = "Demo-Passwort-2026";
const LEAD = "projektleitung@demo.strategiemonitor.example"; // leads HF1-09
const COUNCIL = "rat@demo.strategiemonitor.example";

const app = useBrowserApp();

async function signIn(page: Page, email: string) {
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname !== "/anmelden");
}

const openChanges = (page: Page, query = "") => app.goto(page, `/aenderungen${query}`);

const main = (page: Page) => page.locator("main");
const periodText = (page: Page) => page.locator(".changes-period").textContent();
const fieldSection = (page: Page, code: string) => page.locator(`section#aenderungen-${code}`);

async function expectNoViolations(page: Page) {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

describe("changes since the last committee session, anonymous", () => {
  it("shows the default period, a count per field with jump links, and each field's lists", async () => {
    const page = await app.visitorPage();
    await openChanges(page);
    expect(await page.locator("h1").textContent()).toBe("Änderungen seit der letzten Sitzung");
    await expect
      .poll(() => periodText(page))
      .toBe("Zeitraum: 22.09.2026 bis 27.11.2026 (seit der Sitzung „Digitalisierungsausschuss, 3. Sitzung 2026“)");
    // The form shows the period the API chose.
    expect(await page.getByLabel("Von").inputValue()).toBe("2026-09-22");
    expect(await page.getByLabel("Bis").inputValue()).toBe("2026-11-27");

    const overview = page.getByRole("navigation", { name: "Überblick" });
    const jumpLinks = overview.getByRole("list").getByRole("link");
    expect(await jumpLinks.count()).toBe(5);
    expect(await overview.textContent()).toMatch(/HF1 .*: (\d+ Änderungen?|keine Änderungen)/);
    for (const code of ["HF1", "HF2", "HF3", "HF4", "HF5"]) {
      expect(await fieldSection(page, code).count()).toBe(1);
    }
    await jumpLinks.nth(3).click();
    await page.waitForURL(/#aenderungen-HF4$/);
    expect(await fieldSection(page, "HF4").getByRole("heading", { level: 2 }).textContent()).toMatch(/^HF4 /);

    // Measure codes and KPIs link to their pages.
    const firstKpi = fieldSection(page, "HF1").locator('a[href^="/kennzahlen/"]').first();
    expect(await firstKpi.count()).toBe(1);
    expect(await main(page).textContent()).not.toContain("Interne Notizen");
    await expectNoViolations(page);
  });

  it("choosing a session in the form puts the period in the URL and changes the lists", async () => {
    const page = await app.visitorPage();
    await openChanges(page);
    const before = await page.getByRole("navigation", { name: "Überblick" }).textContent();
    await page.getByLabel("Seit einer Sitzung des Ausschusses").selectOption({ label: "Seit Sitzung vom 10.03.2026 – Digitalisierungsausschuss, 1. Sitzung 2026" });
    expect(await page.getByLabel("Von").inputValue()).toBe("2026-03-10");
    await page.getByRole("button", { name: "Zeitraum anzeigen" }).click();
    await page.waitForURL(/\/aenderungen\?von=2026-03-10&bis=2026-11-27$/);
    await expect
      .poll(() => periodText(page))
      .toBe("Zeitraum: 10.03.2026 bis 27.11.2026 (seit der Sitzung „Digitalisierungsausschuss, 1. Sitzung 2026“)");
    expect(await page.locator("h1").textContent()).toBe("Änderungen im gewählten Zeitraum");
    expect(await page.getByRole("navigation", { name: "Überblick" }).textContent()).not.toBe(before);

    // Every measure the API names for the period is listed in its field's section.
    const res = await page.request.get(`${app.baseUrl}/api/v1/changes?from=2026-03-10&to=2026-11-27`);
    const expected = changesResponseSchema.parse(await res.json());
    for (const field of expected.fields) {
      const text = (await fieldSection(page, field.code).textContent()) ?? "";
      for (const m of field.progressChanges) expect(text).toContain(`${m.code} ${m.title}`);
    }

    // A shared link opens the same period; the form shows its dates.
    const shared = await app.newPage(360);
    await openChanges(shared, "?von=2026-03-10&bis=2026-11-27");
    expect(await shared.getByLabel("Von").inputValue()).toBe("2026-03-10");
    await expect.poll(() => periodText(shared)).toContain("10.03.2026 bis 27.11.2026");
    expect(await shared.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shared.context().close();
  });

  it("a period whose start lies after its end shows the API's message at the form", async () => {
    const page = await app.visitorPage();
    await openChanges(page);
    await page.getByLabel("Von").fill("2026-11-01");
    await page.getByLabel("Bis").fill("2026-10-01");
    await page.getByRole("button", { name: "Zeitraum anzeigen" }).click();
    await page.waitForURL(/von=2026-11-01&bis=2026-10-01/);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("der Beginn liegt nach dem Ende des Zeitraums");
    expect(await page.getByLabel("Von").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("h1").textContent()).toBe("Änderungen im gewählten Zeitraum");
    expect(await page.locator("section.field-changes").count()).toBe(0);
    await expectNoViolations(page);

    // Correcting the dates brings the lists back.
    await page.getByLabel("Von").fill("2026-10-01");
    await page.getByLabel("Bis").fill("2026-11-01");
    await page.getByRole("button", { name: "Zeitraum anzeigen" }).click();
    await expect.poll(() => periodText(page)).toBe("Zeitraum: 01.10.2026 bis 01.11.2026");
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});

describe("one list in full", () => {
  it("shows every entry of a field's list with the period, the count and the way back, without violations", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/changes/list?from=2023-01-01&field=HF1&kind=statusChanges`);
    const list = changesListResponseSchema.parse(await res.json());
    expect(list.total, "HF1 has status changes since 2023").toBeGreaterThan(1);
    const page = await app.visitorPage();
    await openChanges(page, "?von=2023-01-01&feld=HF1&liste=status");
    expect(await page.locator("h1").textContent()).toBe("Statusänderungen in HF1");
    await expect.poll(() => periodText(page)).toMatch(new RegExp(`^Zeitraum: 01\\.01\\.2023 bis 27\\.11\\.2026\\. Handlungsfeld HF1 .*: Einträge 1–${list.total} von ${list.total}$`));
    expect(await main(page).locator(".change-item").count()).toBe(list.total);
    // One page only: no page links.
    expect(await page.getByRole("navigation", { name: "Seiten der Ergebnisliste" }).count()).toBe(0);
    await expectNoViolations(page);
    await page.getByRole("link", { name: "Zurück zur Übersicht aller Änderungen" }).click();
    await page.waitForURL((url) => url.search === "?von=2023-01-01");
    expect(await page.locator("h1").textContent()).toBe("Änderungen im gewählten Zeitraum");
  });

  it("says what is wrong with a page that does not exist", async () => {
    const page = await app.visitorPage();
    await openChanges(page, "?feld=HF1&liste=status&seite=99");
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/Ungültiger Parameter „page“: diese Liste hat nur \d+ Seite/);
  });
});

describe("internal notes", () => {
  const note = "Vertraulich: Ausschreibung für die letzten Ämter muss wiederholt werden.";

  it("a lead writes a council note on HF1-09", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD);
    await page.goto(`${app.baseUrl}/massnahmen/HF1-09/aktualisieren`);
    await page.getByLabel("Notiz für den Rat (intern)").fill(note);
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await page.getByText("Die Aktualisierung wurde gespeichert.").waitFor();
    await page.context().close();
  });

  it("a council member sees it, marked as internal, with a link to the measure", async () => {
    const page = await app.newPage();
    await signIn(page, COUNCIL);
    await openChanges(page);
    const hf1 = fieldSection(page, "HF1");
    await expect.poll(() => hf1.textContent()).toContain(note);
    const heading = hf1.getByRole("heading", { name: /Interne Notizen/ });
    expect(await heading.textContent()).toContain("intern");
    const item = hf1.locator("li", { hasText: note });
    expect(await item.getByRole("link", { name: "HF1-09" }).getAttribute("href")).toBe("/massnahmen/HF1-09");
    expect(await item.textContent()).toContain("27.11.2026");
    await expectNoViolations(page);
    await page.context().close();
  });

  it("the public does not", async () => {
    const page = await app.visitorPage();
    await openChanges(page);
    await expect.poll(() => periodText(page)).toContain("22.09.2026");
    const text = (await main(page).textContent()) ?? "";
    expect(text).not.toContain(note);
    expect(text).not.toContain("Interne Notizen");
  });
});
