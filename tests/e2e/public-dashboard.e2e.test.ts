import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FIXTURES } from "@sm/db/testing";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

const fields = JSON.parse(readFileSync(`${FIXTURES.essen}/fields.json`, "utf8")) as { code: string; title: string }[];

const app = useBrowserApp();

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${app.baseUrl}${path}`);
  return (await res.json()) as T;
}

const h1 = (page: Page) => page.locator("h1");

describe("overview", () => {
  it("shows the strategy and the five official field titles", async () => {
    const page = await app.visitorPage();
    await page.goto(app.baseUrl);
    await expect.poll(() => h1(page).textContent()).toContain("Zukunft sichern");
    for (const field of fields) {
      await page.getByRole("link", { name: field.title, exact: false }).first().waitFor();
    }
    await expect.poll(() => page.locator("main").textContent()).toContain("Beispieldaten");
  });

  it("shows an error with a retry instead of a blank page when the API fails", async () => {
    const page = await app.newPage();
    let fail = true;
    await page.route("**/api/v1/strategy", (route) =>
      fail ? route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"code":"internal","message":"Dienst nicht erreichbar"}}' }) : route.continue(),
    );
    // The page's HTML carries its first answers (apps/api/src/first-view.ts); without them, as when a
    // later page asks, the web app fetches them itself.
    await page.route(`${app.baseUrl}/`, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/<script type="application\/json" id="sm-first-view">.*?<\/script>/s, "");
      await route.fulfill({ status: res.status(), contentType: "text/html; charset=utf-8", body });
    });
    await page.goto(app.baseUrl);
    const retry = page.getByRole("button", { name: "Erneut versuchen" }).first();
    await retry.waitFor();
    fail = false;
    await retry.click();
    await expect.poll(() => h1(page).textContent()).toContain("Zukunft sichern");
    await page.context().close();
  });

  it("fits a 360 px wide screen without sideways scrolling", async () => {
    const page = await app.visitorPage(360);
    await page.goto(app.baseUrl);
    await page.getByRole("link", { name: fields[0]!.title }).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe("a visitor's journey", () => {
  it("goes from a field to a measure to a KPI", async () => {
    type Kpis = { items: { id: string; title: string; measures: { code: string }[] }[] };
    const kpi = (await api<Kpis>("/api/v1/kpis")).items.find((k) => k.measures.length > 0)!;
    const measureCode = kpi.measures[0]!.code;
    const measure = await api<{ title: string; field: { code: string; title: string } }>(`/api/v1/measures/${measureCode}`);

    const page = await app.visitorPage();
    await page.goto(app.baseUrl);
    await page.getByRole("link", { name: measure.field.title }).first().click();
    await expect.poll(() => h1(page).textContent()).toContain(measure.field.title);
    expect(new URL(page.url()).pathname).toBe(`/handlungsfelder/${measure.field.code}`);

    await page.getByRole("link", { name: measure.title, exact: true }).first().click();
    await expect.poll(() => h1(page).textContent()).toContain(measure.title);
    expect(new URL(page.url()).pathname).toBe(`/massnahmen/${measureCode}`);

    const kpiForMeasure = (await api<Kpis>("/api/v1/kpis")).items.find((k) => k.measures.some((m) => m.code === measureCode))!;
    await page.getByRole("link", { name: kpiForMeasure.title, exact: true }).first().click();
    await expect.poll(() => h1(page).textContent()).toContain(kpiForMeasure.title);
    expect(new URL(page.url()).pathname).toBe(`/kennzahlen/${kpiForMeasure.id}`);
  });
});

describe("measures page", () => {
  it("filters by status through the UI, keeps the filter in the URL, and the URL gives the same list", async () => {
    const expected = await api<{ items: { title: string }[]; total: number }>("/api/v1/measures?status=delayed&pageSize=100");
    expect(expected.total).toBeGreaterThan(0);

    const page = await app.visitorPage();
    await page.goto(`${app.baseUrl}/massnahmen`);
    await page.getByRole("heading", { level: 1, name: "Maßnahmen" }).waitFor();
    await page.getByLabel("Status").selectOption("delayed");
    await expect.poll(() => new URL(page.url()).searchParams.get("status")).toBe("delayed");
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.count()).toBe(expected.total);
    const titles = (await page.locator("main table tbody tr a").allTextContents()).map((t) => t.trim());
    expect(titles.sort()).toEqual(expected.items.map((m) => m.title).sort());
    await expect.poll(() => page.getByRole("status").allTextContents()).toContainEqual(
      expect.stringContaining(`${expected.total} Maßnahme`),
    );

    const shared = await app.newPage();
    await shared.goto(page.url());
    const sharedRows = shared.locator("main table tbody tr");
    await expect.poll(() => sharedRows.count()).toBe(expected.total);
    const sharedTitles = (await shared.locator("main table tbody tr a").allTextContents()).map((t) => t.trim());
    expect(sharedTitles.sort()).toEqual(titles);
    expect(await shared.getByLabel("Status").inputValue()).toBe("delayed");
    await shared.context().close();
  });
});

describe("accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  const pages: [string, string][] = [
    ["overview", "/"],
    ["field", "/handlungsfelder/HF1"],
    ["measures", "/massnahmen"],
    ["measures filtered", "/massnahmen?status=in_progress&handlungsfeld=HF1"],
    ["measure", "/massnahmen/HF1-01"],
    ["KPI list", "/kennzahlen"],
    ["accessibility statement", "/barrierefreiheit"],
  ];

  it.each(pages)("%s page has no violations", async (_name, path) => {
    const page = await app.visit(path);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("KPI page has no violations", async () => {
    const { items } = await api<{ items: { id: string }[] }>("/api/v1/kpis");
    const page = await app.visit(`/kennzahlen/${items[0]!.id}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
