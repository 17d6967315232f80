import { describe, expect, it } from "vitest";
import { foldForSearch } from "@sm/domain";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

/** Search as a visitor types it: spelling does not matter, the best matches come first and are marked. */
const app = useBrowserApp();

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${app.baseUrl}${path}`);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe("measure search", () => {
  it("finds Open Data and Open-Data when typing opendata, best matches first, with the matches marked", async () => {
    const expected = await api<{ items: { code: string }[]; total: number }>("/api/v1/measures?q=opendata&pageSize=100");
    expect(expected.total).toBeGreaterThanOrEqual(6);

    const page = await app.visit("/massnahmen");
    await page.getByRole("searchbox", { name: "Suche" }).fill("opendata");
    await expect.poll(() => new URL(page.url()).searchParams.get("suche")).toBe("opendata");
    await expect.poll(() => page.getByRole("status").allTextContents()).toContainEqual(`${expected.total} Maßnahmen gefunden`);

    // The order of the API's ranking, not the order by code.
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.locator("td:first-child").allTextContents()).toEqual(expected.items.map((m) => m.code));

    // Every mark is a match by the search's own folding, and both spellings of the demo data are marked.
    const marks = (await page.locator("main table mark").allTextContents()).map((t) => t.trim());
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(foldForSearch(mark), mark).toBe("opendata");
    expect(marks).toContain("Open Data");
    expect(marks).toContain("Open-Data");
    // A title match is marked inside the title's link, which keeps its full name.
    await expect.poll(() => page.locator("main table th a mark").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Geodaten als Open Data" }).waitFor();

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("KPI search", () => {
  it("filters the KPI list by a search kept in the URL, with the matches marked", async () => {
    const expected = await api<{ items: { id: string; title: string }[]; total: number }>(
      `/api/v1/kpis?q=${encodeURIComponent("Bürgerämter")}`,
    );
    expect(expected.total).toBeGreaterThan(0);

    const page = await app.visit("/kennzahlen");
    const before = await axeViolations(page);
    expect(before, describeViolations(before)).toEqual([]);
    await page.getByRole("searchbox", { name: "Suche" }).fill("Buergeraemter");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("suche")).toBe("Buergeraemter");
    const wanted = `${expected.total} ${expected.total === 1 ? "Kennzahl" : "Kennzahlen"} gefunden`;
    await expect.poll(() => page.getByRole("status").allTextContents()).toContainEqual(wanted);
    const titles = page.locator("main .kpi-card__title a");
    await expect.poll(() => titles.allTextContents()).toEqual(expected.items.map((k) => k.title));
    const marks = await page.locator("main mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(foldForSearch(mark), mark).toBe("buergeraemter");

    // The URL alone gives the same list.
    const shared = await app.newPage();
    await app.goto(shared, `/kennzahlen?suche=Buergeraemter`);
    await expect.poll(() => shared.locator("main .kpi-card__title a").allTextContents()).toEqual(expected.items.map((k) => k.title));
    expect(await shared.getByRole("searchbox", { name: "Suche" }).inputValue()).toBe("Buergeraemter");
    await shared.context().close();

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
