import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FIXTURES } from "@sm/db/testing";
import { fieldDetailSchema, kpiValuePageSchema, type KpiValue } from "@sm/domain";
import { formatKpiValue } from "../../apps/web/src/features/kpi/kpi-format";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

/**
 * The Essen demo with a field of 170 more measures and a KPI of 600 more values: the field page and
 * the KPI page show a page of each long list, say how many there are and page through them with
 * links; the KPI's chart draws one value per month and says so.
 */
const EXTRA_MEASURES = 170;
const app = useBrowserApp(FIXTURES.essen, (db) => {
  const measure = db.prepare(
    `INSERT INTO measures (code, field_id, title, summary, planned_start, planned_end, is_public)
     VALUES (?, (SELECT id FROM fields WHERE code = 'HF1'), ?, '', '2024-01-01', '2027-06-30', 1)`,
  );
  const value = db.prepare(
    `INSERT INTO kpi_values (kpi_id, date, value, source_url, source_label, is_example, note)
     VALUES ((SELECT id FROM kpis WHERE slug = 'online-services'), ?, ?, NULL, '', 1, '')`,
  );
  db.transaction(() => {
    for (let i = 0; i < EXTRA_MEASURES; i++) measure.run(`HF1-Z${String(i).padStart(3, "0")}`, `Zusatzmaßnahme ${i}`);
    for (let i = 0; i < 600; i++) value.run(new Date(Date.UTC(2024, 6, 1) + i * 86_400_000).toISOString().slice(0, 10), 300 + i / 4);
  })();
});

const api = async (path: string) => {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`);
  expect(res.status, path).toBe(200);
  return res.json();
};

const titles = (page: Page) => page.locator("section[aria-labelledby='field-measures'] tbody th a").allTextContents();

describe("a field page with more measures than a page", () => {
  it("shows the first 50 with their count, and the next page behind a link", async () => {
    const field = fieldDetailSchema.parse(await api("/fields/HF1"));
    expect(field.measures.total).toBeGreaterThan(EXTRA_MEASURES);
    const page = await app.visit("/handlungsfelder/HF1");
    const section = page.locator("section[aria-labelledby='field-measures']");
    await section.locator("tbody tr").first().waitFor();
    expect(await section.locator("tbody tr").count()).toBe(50);
    const total = field.measures.total.toLocaleString("de-DE");
    expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe(`Maßnahmen (${total})`);
    const pager = page.getByRole("navigation", { name: "Seiten der Maßnahmen" });
    expect(await pager.textContent()).toContain(`Maßnahmen 1–50 von ${total}`);

    await pager.getByRole("link", { name: "Nächste Seite: Maßnahmen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("seite")).toBe("2");
    const second = fieldDetailSchema.parse(await api("/fields/HF1?page=2"));
    await expect.poll(() => titles(page)).toEqual(second.measures.items.map((m) => m.title));
    expect(await pager.textContent()).toContain(`Maßnahmen 51–100 von ${total}`);

    // Sorting asks the API, starts again on the first page and keeps the count.
    await section.getByRole("button", { name: /Plan-Ende/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("seite")).toBeNull();
    const sorted = fieldDetailSchema.parse(await api("/fields/HF1?sort=plannedEnd&order=asc"));
    await expect.poll(() => titles(page)).toEqual(sorted.measures.items.map((m) => m.title));

    // The timeline pages on its own, with its own links.
    const gantt = page.getByRole("navigation", { name: "Seiten des Zeitplans" });
    expect(await page.locator(".gantt__row").count()).toBe(50);
    expect(await gantt.textContent()).toContain(`Maßnahmen im Zeitplan 1–50 von ${total}`);
    await gantt.getByRole("link", { name: "Letzte Seite: Maßnahmen im Zeitplan" }).click();
    const lastCount = field.measures.total - Math.floor((field.measures.total - 1) / 50) * 50;
    await expect.poll(() => page.locator(".gantt__row").count()).toBe(lastCount);
    await page.waitForLoadState("networkidle");

    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(10_000);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("a KPI with more values than its chart draws", () => {
  it("draws the last value of each month, says so, and pages through every value with its mark", async () => {
    const page = await app.visit("/kennzahlen/online-services");
    await page.locator(".recharts-wrapper").first().waitFor();
    const first = kpiValuePageSchema.parse(await api("/kpis/online-services/values"));
    expect(first.total).toBeGreaterThan(600);
    expect(await page.locator(".chart-legend").first().textContent()).toContain("Die Linie zeigt je Monat den letzten Wert");
    const total = first.total.toLocaleString("de-DE");
    expect(await page.locator("#kpi-values").textContent()).toBe(`Alle Werte (${total})`);

    const table = page.locator("section[aria-labelledby='kpi-values'] table");
    const rows = async () =>
      (await table.locator("tbody tr").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
    const expected = (values: KpiValue[]) => values.map((v) => formatKpiValue(v.value, "Anzahl", 0));
    await expect.poll(async () => (await rows()).length).toBe(50);
    for (const [i, text] of (await rows()).entries()) {
      expect(text).toContain(expected(first.items)[i]!);
      expect(text).toContain("Beispieldaten");
    }
    const pager = page.getByRole("navigation", { name: "Seiten der Werte" });
    await pager.getByRole("link", { name: "Nächste Seite: Werte" }).click();
    const second = kpiValuePageSchema.parse(await api("/kpis/online-services/values?page=2"));
    await expect.poll(async () => (await rows())[0]).toContain(expected(second.items)[0]!);
    expect(await pager.textContent()).toContain(`Werte 51–100 von ${total}`);
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThan(10_000);
  });
});
