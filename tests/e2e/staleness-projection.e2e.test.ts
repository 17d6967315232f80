import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, startApp } from "./harness";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  return page;
}

const mainText = (page: Page) => page.locator("main").textContent();

describe("staleness", () => {
  it("marks a measure without a recent update, with icon and text, without violations", async () => {
    const page = await open("/massnahmen/HF4-01");
    await expect.poll(() => mainText(page)).toContain("Aktualisierung fällig");
    await expect.poll(() => mainText(page)).toMatch(/seit \d+ Tag(en)? keine Meldung|noch keine Meldung/);
    expect(await page.locator(".badge--update-due svg.icon").count()).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it("marks it in the measures table and on the field page", async () => {
    for (const path of ["/massnahmen", "/handlungsfelder/HF4"]) {
      const page = await open(path);
      const table = page.locator("table", { hasText: "Aktualisiert" }).first();
      await expect.poll(() => table.textContent()).toContain("Aktualisierung fällig");
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    }
  });
});

describe("projection", () => {
  it("states the trend's verdict on the KPI page and lists it in the table alternative", async () => {
    const page = await open("/kennzahlen/online-services");
    await expect.poll(() => mainText(page)).toContain("Ziel voraussichtlich");
    await expect.poll(() => mainText(page)).toContain("Projektion am");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
