import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

const app = useBrowserApp();

const mainText = (page: Page) => page.locator("main").textContent();

describe("staleness", () => {
  it("marks a measure without a recent update, with icon and text, without violations", async () => {
    const page = await app.visit("/massnahmen/HF4-01");
    await expect.poll(() => mainText(page)).toContain("Aktualisierung fällig");
    await expect.poll(() => mainText(page)).toMatch(/seit \d+ Tag(en)? keine Meldung|noch keine Meldung/);
    expect(await page.locator(".badge--update-due svg.icon").count()).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("marks it in the measures table and on the field page", async () => {
    for (const path of ["/massnahmen", "/handlungsfelder/HF4"]) {
      const page = await app.visit(path);
      const table = page.locator("table", { hasText: "Aktualisiert" }).first();
      await expect.poll(() => table.textContent()).toContain("Aktualisierung fällig");
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});

describe("projection", () => {
  it("states the trend's verdict on the KPI page and lists it in the table alternative", async () => {
    const page = await app.visit("/kennzahlen/online-services");
    await expect.poll(() => mainText(page)).toContain("Ziel voraussichtlich");
    // The chart's table lists the trend at the target date as its own row.
    await expect.poll(() => mainText(page)).toContain("31.12.2027Trend (Projektion)");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
