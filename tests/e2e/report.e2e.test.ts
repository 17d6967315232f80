import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fieldDetailSchema, strategyResponseSchema, type FieldDetail, type StrategyResponse } from "@sm/domain";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Demo account from data/essen/demo-users.json.
const COUNCIL = "rat@demo.strategiemonitor.example";
const PASSWORD = "Demo-Passwort-2026";
// A council note on an update inside the default period (since the session of 22.09.2026).
const NOTE = "Mehrkosten für die Standesamtsanbindung von rund 18.000 Euro absehbar";

const app = useBrowserApp(undefined, (db) => {
  const { changes } = db.prepare(
    `UPDATE measure_updates SET internal_note = ?
     WHERE id = (SELECT u.id FROM measure_updates u JOIN measures m ON m.id = u.measure_id
                 WHERE m.code = 'HF1-09' AND u.date = '2026-10-28')`,
  ).run(NOTE);
  if (changes !== 1) throw new Error("the update of HF1-09 on 28.10.2026 is no longer in the seed");
});
let strategy: StrategyResponse;
let fields: FieldDetail[];

beforeAll(async () => {
  const get = async (path: string) => (await fetch(`${app.baseUrl}/api/v1${path}`)).json();
  strategy = strategyResponseSchema.parse(await get("/strategy"));
  fields = await Promise.all(strategy.fields.map(async (f) => fieldDetailSchema.parse(await get(`/fields/${f.code}`))));
});

async function signIn(page: Page, email: string) {
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
}

/** Opens the report and waits until every field and every KPI chart is drawn. */
async function openReport(page: Page, kpiCount: number) {
  await page.goto(`${app.baseUrl}/bericht`);
  await page.locator('.report[aria-busy="false"]').waitFor();
  await expect.poll(() => page.locator(".report-field").count()).toBe(strategy.fields.length);
  await expect.poll(() => page.locator(".report-kpi .recharts-wrapper").count()).toBeGreaterThanOrEqual(kpiCount);
  await page.waitForLoadState("networkidle");
}

/** Prints the page as Chromium's print dialog would, and reads back its pages and text, also page by page. */
async function printToPdf(page: Page): Promise<{ pages: number; text: string; pageTexts: string[] }> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: texts.join(" "), pageTexts: texts };
}

// Titles and reasons wrap across lines (and long words inside table cells), so compare without spaces.
const squash = (text: string) => text.replace(/\s+/g, "");
const publicKpis = () => fields.reduce((sum, f) => sum + f.kpis.items.length, 0);

describe("the committee report", () => {
  it("prints a cover and a page per field with each field's title and every delay's, pause's or cancellation's reason, without the site around it; no violations on screen", async () => {
    const page = await app.newPage();
    await openReport(page, publicKpis());
    await expect.poll(() => page.locator(".report-cover").textContent()).toContain("Öffentliche Fassung");
    // On screen first: printing switches the page to print media.
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const { pages, text, pageTexts } = await printToPdf(page);
    expect(pages).toBeGreaterThanOrEqual(1 + strategy.fields.length);
    // Nothing in the public version is marked as not public, on no page.
    pageTexts.forEach((pageText, index) => expect(squash(pageText), `page ${index + 1}`).not.toContain(squash("nicht öffentlich")));
    for (const field of strategy.fields) expect(squash(text), field.title).toContain(squash(field.title));
    const reasons = fields.flatMap((f) => f.measures.items.map((m) => m.statusReason)).filter(Boolean);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(squash(text), reason).toContain(squash(reason));
    expect(squash(text)).toContain(squash("Öffentliche Fassung"));
    for (const screenOnly of ["Drucken / als PDF speichern", "Bericht anzeigen", "Hauptnavigation", "Impressum", "Anmelden"]) {
      expect(squash(text)).not.toContain(squash(screenOnly));
    }
    expect(squash(text)).not.toContain(squash(NOTE));
    await page.context().close();
  });

  it("gives council members the version with internal notes", async () => {
    const page = await app.newPage();
    await signIn(page, COUNCIL);
    // Council members also see KPIs of internal measures: at least the public ones.
    await openReport(page, publicKpis());
    await expect.poll(() => page.locator(".report-cover").textContent()).toContain("Fassung für Ratsmitglieder");

    const { pages, text, pageTexts } = await printToPdf(page);
    expect(pages).toBeGreaterThanOrEqual(1 + strategy.fields.length);
    expect(squash(text)).toContain(squash("Fassung für Ratsmitglieder"));
    // Every sheet says it is not public, so no single page can be passed on without the warning.
    pageTexts.forEach((pageText, index) => expect(squash(pageText), `page ${index + 1}`).toContain(squash("nicht öffentlich")));
    // Internal measures carry their badge in the report's tables (HF2-03 is delayed, so it is in HF2's late list).
    await page.emulateMedia({ media: "screen" });
    const hf2Late = page.getByRole("region", { name: "Maßnahmen im Verzug, Handlungsfeld HF2" });
    await expect.poll(() => hf2Late.getByRole("row").filter({ hasText: "HF2-03" }).textContent()).toContain("intern");
    expect(squash(text)).toContain(squash(NOTE));
    await page.context().close();
  });
});
