import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json.
const PASSWORD = "Demo-Passwort-2026";
const LEAD = "projektleitung@demo.strategiemonitor.example"; // leads HF1-09, HF1-10, HF1-12, deputises HF3-02
const COUNCIL = "rat@demo.strategiemonitor.example";
const ADMIN = "admin@demo.strategiemonitor.example";

// Each app.newPage() has its own browser context: its own cookies, so its own session.
const app = useBrowserApp();

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

const h1 = (page: Page) => page.locator("h1").first();
const main = (page: Page) => page.locator("main");

async function expectNoViolations(page: Page) {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

/** How far the page scrolls sideways; wide tables must scroll inside their own region instead. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openUpdateForm(page: Page, code: string) {
  await page.goto(`${app.baseUrl}/massnahmen/${code}/aktualisieren`);
  await page.getByRole("button", { name: "Aktualisierung speichern" }).waitFor();
}

describe("a lead's update reaches the public and the council", () => {
  const comment = "Der Softwarelieferant hat die Anbindung der letzten Ämter verschoben.";
  const note = "Mehrkosten von rund 20.000 Euro sind möglich; Entscheidung im nächsten Ausschuss.";
  const reason = "Lieferant hat die Anbindung verschoben";

  it("lead signs in, updates HF1-09 from Meine Maßnahmen, fixes a rejected value, signs out", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD);
    await page.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await expect.poll(() => h1(page).textContent()).toBe("Meine Maßnahmen");
    await expect.poll(() => page.getByRole("banner").textContent()).toContain("Projektleitung");

    await page.getByRole("link", { name: "Aktualisieren (HF1-09)" }).click();
    await page.waitForURL(`${app.baseUrl}/massnahmen/HF1-09/aktualisieren`);
    await page.getByLabel("Status").selectOption("delayed");
    // Delayed needs a public reason and a new planned end (the server enforces both).
    await page.getByLabel("Grund (öffentlich)").fill(reason);
    await page.getByLabel("Geplantes Ende", { exact: true }).fill("2027-12-31");
    await page.getByLabel("Fortschritt in %").fill("150");
    await page.getByLabel("Kommentar für die Öffentlichkeit").fill(comment);
    await page.getByLabel("Notiz für den Rat (intern)").fill(note);
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();

    // The server refuses 150 %: its message sits at the field and in the summary, which takes focus.
    const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Eingaben" });
    await expect.poll(() => summary.textContent()).toContain("Fortschritt in %");
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const progress = page.getByLabel("Fortschritt in %");
    expect(await progress.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await progress.getAttribute("aria-describedby")) ?? "";
    const errorText = await page.locator(`[id="${describedBy.split(" ").find((id) => id.endsWith("-error"))}"]`).textContent();
    expect(errorText).toMatch(/100/);
    await summary.getByRole("link").first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("u-progress");

    await progress.fill("70");
    await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await page.getByText("Die Aktualisierung wurde gespeichert.").waitFor();

    await page.getByRole("link", { name: "Zurück zur Maßnahme HF1-09" }).click();
    await expect.poll(() => main(page).textContent()).toContain("Interne Informationen – nicht öffentlich");
    await expect.poll(() => main(page).textContent()).toContain(note);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("link", { name: "Anmelden" }).waitFor();
    await page.context().close();
  });

  it("the public measure page shows the new status and comment, not the note", async () => {
    const page = await app.visitorPage();
    await page.goto(`${app.baseUrl}/massnahmen/HF1-09`);
    await expect.poll(() => main(page).textContent()).toContain(comment);
    const text = (await main(page).textContent()) ?? "";
    expect(text).toContain(`Grund: ${reason}`);
    expect(text).toContain("Status: verzögert");
    expect(text).toContain("70 %");
    expect(text).not.toContain(note);
    expect(text).not.toContain("Interne Informationen");
  });

  it("a council member sees the note, who wrote it and what changed", async () => {
    const page = await app.newPage();
    await signIn(page, COUNCIL);
    await page.waitForURL(`${app.baseUrl}/`);
    await page.goto(`${app.baseUrl}/massnahmen/HF1-09`);
    await expect.poll(() => main(page).textContent()).toContain(note);
    const internal = page.getByRole("region", { name: "Interne Informationen – nicht öffentlich" });
    const text = (await internal.textContent()) ?? "";
    expect(text).toContain("Pia Projekt (Demo)");
    expect(text).toContain("in Umsetzung → verzögert");
    // Council members read, they do not update.
    expect(await internal.getByRole("link", { name: "Aktualisieren" }).count()).toBe(0);
    await page.context().close();
  });
});

describe("KPI values", () => {
  it("a lead enters a value for a KPI of their measure; a value without source must be marked as example", async () => {
    const page = await app.newPage();
    await signIn(page, LEAD);
    await page.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await openUpdateForm(page, "HF1-12");
    const form = page.getByRole("form", { name: "Bearbeitungsdauer online gestellter Anträge (Median)" });
    await form.getByLabel("Datum").fill("2026-11-20");
    await form.getByLabel("Wert in Tage").fill("17,5");
    await form.getByRole("button", { name: /Wert speichern/ }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toContain("Quelle (URL)");
    expect(await form.getByLabel("Quelle (URL)").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Quelle (URL)").fill("https://www.essen.de/statistik");
    await form.getByLabel("Quellenbezeichnung").fill("Amt für Statistik");
    await form.getByRole("button", { name: /Wert speichern/ }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toContain("Gespeichert: 17,5 Tage zum 20.11.2026.");

    const kpi = (await (await fetch(`${app.baseUrl}/api/v1/kpis/median-days-decision`)).json()) as { values: { date: string; value: number }[] };
    expect(kpi.values).toContainEqual(expect.objectContaining({ date: "2026-11-20", value: 17.5 }));
    await page.context().close();
  });
});

describe("two people change the same measure", () => {
  it("the second save gets a comparison and can re-apply its edits on the current state", async () => {
    const [first, second] = [await app.newPage(), await app.newPage()];
    await signIn(first, LEAD);
    await signIn(second, LEAD);
    await first.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await second.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await openUpdateForm(first, "HF1-10");
    await openUpdateForm(second, "HF1-10");

    await first.getByLabel("Fortschritt in %").fill("80");
    await first.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await first.getByText("Die Aktualisierung wurde gespeichert.").waitFor();

    await second.getByLabel("Status").selectOption("delayed");
    await second.getByLabel("Grund (öffentlich)").fill("Zertifizierung dauert länger");
    await second.getByLabel("Geplantes Ende", { exact: true }).fill("2027-12-31");
    await second.getByLabel("Kommentar für die Öffentlichkeit").fill("Zertifizierung dauert länger.");
    await second.getByRole("button", { name: "Aktualisierung speichern" }).click();
    const conflict = second.getByRole("region", { name: "Jemand anderes hat diese Maßnahme inzwischen geändert." });
    await conflict.waitFor();
    const table = conflict.getByRole("table");
    await expect.poll(() => table.getByRole("columnheader").allTextContents()).toEqual(["Feld", "Ihr Stand", "Aktueller Stand"]);
    const progressRow = table.getByRole("row").filter({ hasText: "Fortschritt" });
    await expect.poll(() => progressRow.textContent()).toContain("80 %");
    await expectNoViolations(second);

    await conflict.getByRole("button", { name: "Meine Änderungen erneut anwenden" }).click();
    // The other person's progress is kept, the own status and comment stay in the form.
    expect(await second.getByLabel("Fortschritt in %").inputValue()).toBe("80");
    expect(await second.getByLabel("Status").inputValue()).toBe("delayed");
    expect(await second.getByLabel("Kommentar für die Öffentlichkeit").inputValue()).toBe("Zertifizierung dauert länger.");
    await second.getByRole("button", { name: "Aktualisierung speichern" }).click();
    await second.getByText("Die Aktualisierung wurde gespeichert.").waitFor();

    const saved = (await (await fetch(`${app.baseUrl}/api/v1/measures/HF1-10`)).json()) as { status: string; progress: number };
    expect(saved).toMatchObject({ status: "delayed", progress: 80 });
    await first.context().close();
    await second.context().close();
  });
});

describe("access", () => {
  it("sends anonymous visitors to the sign-in page and back afterwards", async () => {
    const page = await app.newPage();
    await page.goto(`${app.baseUrl}/meine-massnahmen`);
    await page.waitForURL(`${app.baseUrl}/anmelden?weiter=%2Fmeine-massnahmen`);
    await page.getByLabel("E-Mail-Adresse").fill(LEAD);
    await page.getByLabel("Passwort").fill("falsches-Passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("E-Mail-Adresse oder Passwort ist falsch.");
    await expectNoViolations(page);
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await page.context().close();
  });

  it("tells a council member that the administration is not theirs", async () => {
    const page = await app.newPage();
    await signIn(page, COUNCIL);
    await page.waitForURL(`${app.baseUrl}/`);
    await page.goto(`${app.baseUrl}/verwaltung/benutzer`);
    await expect.poll(() => h1(page).textContent()).toBe("Kein Zugriff");
    expect(await page.getByRole("link", { name: "Verwaltung" }).count()).toBe(0);
    await page.context().close();
  });
});

describe("administration", () => {
  it("an administrator creates a lead and assigns a measure; the new lead finds it under Meine Maßnahmen", async () => {
    const admin = await app.newPage();
    await signIn(admin, ADMIN);
    await admin.waitForURL(`${app.baseUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Benutzer*innen" }).first().click();
    await admin.getByLabel("E-Mail-Adresse").fill("nora.neu@demo.strategiemonitor.example");
    await admin.getByLabel("Name", { exact: true }).fill("Nora Neu");
    await admin.getByLabel("Startpasswort").fill("Start-Passwort-2026");
    await admin.getByRole("button", { name: "Person anlegen" }).click();
    await admin.getByText("Nora Neu (Projektleitung) kann sich jetzt").waitFor();
    await admin.getByRole("link", { name: "Nora Neu" }).click();
    await admin.getByLabel("HF2-02 leiten").check();
    await admin.getByRole("button", { name: "Zuordnung speichern" }).click();
    await admin.getByText("Zuordnung gespeichert.").waitFor();
    await admin.context().close();

    const lead = await app.newPage();
    await signIn(lead, "nora.neu@demo.strategiemonitor.example", "Start-Passwort-2026");
    await lead.waitForURL(`${app.baseUrl}/meine-massnahmen`);
    await lead.getByRole("link", { name: "Aktualisieren (HF2-02)" }).waitFor();
    await lead.context().close();
  });

  it("editing one field of a measure leaves the others as they were", async () => {
    const before = (await (await fetch(`${app.baseUrl}/api/v1/measures/HF1-02`)).json()) as { description: string; targetGroups: string[] };
    const page = await app.newPage();
    await signIn(page, ADMIN);
    await page.waitForURL(`${app.baseUrl}/verwaltung`);
    await page.goto(`${app.baseUrl}/verwaltung/massnahmen/HF1-02`);
    await page.getByLabel("Titel", { exact: true }).fill("Digitaler Gewerbesteuerbescheid für alle Betriebe");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Die Änderungen wurden gespeichert.").waitFor();
    const after = (await (await fetch(`${app.baseUrl}/api/v1/measures/HF1-02`)).json()) as { title: string; description: string; targetGroups: string[] };
    expect(after).toMatchObject({ title: "Digitaler Gewerbesteuerbescheid für alle Betriebe", description: before.description, targetGroups: before.targetGroups });
    await page.context().close();
  });
});

describe("accessibility of the signed-in pages (axe-core, WCAG 2.1 A/AA)", () => {
  it("sign-in page", async () => {
    const page = await app.visitorPage();
    await page.goto(`${app.baseUrl}/anmelden`);
    await h1(page).waitFor();
    await expectNoViolations(page);
  });

  it("Meine Maßnahmen, the update form (also with errors) and the measure's internal section, also at 360 px", async () => {
    for (const width of [1280, 360]) {
      const page = await app.newPage(width);
      await signIn(page, LEAD);
      await page.waitForURL(`${app.baseUrl}/meine-massnahmen`);
      await page.locator("main table").waitFor();
      await expectNoViolations(page);
      expect(await overflow(page), `Meine Maßnahmen at ${width} px`).toBeLessThanOrEqual(0);
      await openUpdateForm(page, "HF1-12");
      await expectNoViolations(page);
      // A new milestone with a title but no date: the form's own check answers.
      await page.getByRole("button", { name: "Meilenstein hinzufügen" }).click();
      await page.getByLabel("Titel").fill("Zweite Ausbaustufe");
      await page.getByRole("button", { name: "Aktualisierung speichern" }).click();
      await page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Eingaben" }).waitFor();
      await expectNoViolations(page);
      expect(await overflow(page), `update form at ${width} px`).toBeLessThanOrEqual(0);
      await page.goto(`${app.baseUrl}/massnahmen/HF1-12`);
      await page.getByRole("region", { name: "Interne Informationen – nicht öffentlich" }).waitFor();
      await expectNoViolations(page);
      await page.context().close();
    }
  });

  it.each([1280, 360])("every page of the administration at %i px", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, ADMIN);
    await page.waitForURL(`${app.baseUrl}/verwaltung`);
    const users = (await page.evaluate(() => fetch("/api/v1/admin/users").then((r) => r.json()))) as { items: { id: number }[] };
    const kpis = (await page.evaluate(() => fetch("/api/v1/kpis").then((r) => r.json()))) as { items: { id: string }[] };
    const paths = [
      "/verwaltung",
      "/verwaltung/benutzer",
      `/verwaltung/benutzer/${users.items[0]!.id}`,
      "/verwaltung/massnahmen",
      "/verwaltung/massnahmen/neu",
      "/verwaltung/massnahmen/HF1-09",
      "/verwaltung/kennzahlen",
      "/verwaltung/kennzahlen/neu",
      `/verwaltung/kennzahlen/${kpis.items[0]!.id}`,
      "/verwaltung/handlungsfelder",
      "/verwaltung/protokoll",
      "/verwaltung/protokoll?aktion=session.sign_in",
    ];
    for (const path of paths) {
      await page.goto(`${app.baseUrl}${path}`);
      await h1(page).waitFor();
      await page.waitForFunction(() => !document.querySelector("main .loading"));
      await expectNoViolations(page);
      expect(await overflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
