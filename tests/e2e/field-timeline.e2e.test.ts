import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

const app = useBrowserApp();

/** Like app.visit, but waits for the timeline's rows rather than the heading. */
async function open(path: string, width?: number): Promise<Page> {
  const page = await app.visitorPage(width);
  await page.goto(`${app.baseUrl}${path}`);
  await page.locator(".gantt__rows").waitFor();
  await page.waitForLoadState("networkidle");
  return page;
}

/** The codes of the public measures of HF1, as the field route lists them. */
async function publicCodes(): Promise<string[]> {
  const res = await fetch(`${app.baseUrl}/api/v1/fields/HF1`);
  const body = (await res.json()) as { measures: { items: { code: string }[]; total: number } };
  // The demo's fields fit on the first page.
  expect(body.measures.items).toHaveLength(body.measures.total);
  return body.measures.items.map((m) => m.code);
}

const row = (page: Page, code: string) =>
  page.locator(".gantt__row").filter({ has: page.locator(".gantt__code", { hasText: new RegExp(`^${code}$`) }) });

describe("field timeline", () => {
  it("shows a row per public measure, the today marker, keyboard-reachable milestones and a table", async () => {
    const page = await open("/handlungsfelder/HF1");
    const codes = await publicCodes();
    expect(codes.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".gantt__row").count()).toBe(codes.length);
    for (const code of codes) expect(await row(page, code).count(), code).toBe(1);
    await expect.poll(() => page.locator(".gantt__marker-label").textContent()).toBe("Heute, 27.11.2026");

    // Tab from a measure's link lands on its first milestone, whose label then shows.
    await row(page, "HF1-01").locator(".gantt__link").focus();
    await page.keyboard.press("Tab");
    const focused = page.locator(".gantt__milestone:focus");
    expect(await focused.count()).toBe(1);
    expect(await focused.textContent()).toMatch(/^Meilenstein: .+, geplant \d\d\.\d\d\.\d{4}, erreicht am \d\d\.\d\d\.\d{4}$/);
    const tip = (await focused.locator(".gantt__tip").boundingBox())!;
    expect(tip.width).toBeGreaterThan(100);
    // Escape hides the label (WCAG 1.4.13) without moving focus.
    await page.keyboard.press("Escape");
    expect((await focused.locator(".gantt__tip").boundingBox())!.width).toBeLessThanOrEqual(1);

    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByText("Zeitplan als Tabelle anzeigen").click();
    const table = page.locator("table", { hasText: "Zeitplan der Maßnahmen" });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(codes.length);
    const first = await table.locator("tbody tr", { hasText: "HF1-01" }).textContent();
    // HF1-01's go-live moved (plan-changes.csv): the plan then, and the one adopted beside it.
    expect(first).toContain("01.03.2023 bis 30.09.2024");
    expect(first).toContain("ursprünglich geplant bis 30.06.2024, 1× verschoben");
    expect(first).toContain("06.03.2023 bis 10.09.2024");
    expect(first).toContain("umgesetzt");
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("on an earlier page date hides what happened after it", async () => {
    const page = await open("/handlungsfelder/HF1?stand=2024-06-30");
    await expect.poll(() => page.locator(".gantt__marker-label").textContent()).toBe("Stand 30.06.2024");
    // HF1-01 ended on 10.09.2024: on 30.06.2024 it was still running.
    const hf101 = row(page, "HF1-01");
    await expect.poll(() => hf101.textContent()).toContain("Ist: seit 06.03.2023, läuft");
    expect(await hf101.textContent()).not.toContain("10.09.2024");
    expect(await hf101.locator(".gantt__bar--running").count()).toBe(1);
    // Links keep the page date.
    expect(await hf101.locator(".gantt__link").getAttribute("href")).toBe("/massnahmen/HF1-01?stand=2024-06-30");
    await page.getByText("Zeitplan als Tabelle anzeigen").click();
    const tableRow = page.locator("table", { hasText: "Zeitplan der Maßnahmen" }).locator("tbody tr", { hasText: "HF1-01" });
    expect(await tableRow.textContent()).not.toContain("10.09.2024");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("fits a 360 px screen, every milestone label included", async () => {
    const page = await open("/handlungsfelder/HF1", 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Focus every marker in turn and measure its label, in one round trip.
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".gantt__milestone")].map((marker) => {
        marker.focus();
        const box = marker.querySelector(".gantt__tip")!.getBoundingClientRect();
        return { text: marker.textContent, left: box.left, right: box.right, width: box.width };
      }),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.width, label.text!).toBeGreaterThan(100);
      expect(label.left, label.text!).toBeGreaterThanOrEqual(0);
      expect(label.right, label.text!).toBeLessThanOrEqual(360);
    }
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
