import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FIXTURES } from "@sm/db/testing";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

/**
 * Pages on a past date (`?stand=`), pinned against the history in tests/fixtures/mini — the same
 * dates apps/api/src/as-of.test.ts pins for the API.
 */
const app = useBrowserApp(FIXTURES.mini);

const mainText = (page: Page) => page.locator("main").textContent();
const standOf = (page: Page) => new URL(page.url()).searchParams.get("stand");
const fieldCard = (page: Page, code: string) =>
  page.locator("article.field-card").filter({ has: page.getByRole("link", { name: new RegExp(`^${code} `) }) });

describe("a measure on past dates", () => {
  it("shows status, progress and history as recorded then, and says so", async () => {
    const page = await app.visit("/massnahmen/A-01?stand=2024-06-01");
    const notice = page.getByRole("complementary", { name: "Angezeigter Stand" });
    await expect.poll(() => notice.textContent()).toContain("Historischer Stand vom 01.06.2024");
    await expect.poll(() => mainText(page)).toContain("in Umsetzung");
    expect(await mainText(page)).toContain("10 %");
    expect(await mainText(page)).not.toContain("Freigeschaltet");

    // The state of 30 June 2024: 60 %, the pilot milestone reached.
    await page.goto(`${app.baseUrl}/massnahmen/A-01?stand=2024-06-30`);
    await expect.poll(() => mainText(page)).toContain("60 %");
    expect(await mainText(page)).toContain("Pilot läuft");

    await notice.getByRole("link", { name: "Zum heutigen Stand" }).click();
    await expect.poll(() => mainText(page)).toContain("Freigeschaltet");
    expect(standOf(page)).toBeNull();
    expect(await notice.count()).toBe(0);
  });
});

describe("the overview on a past date", () => {
  it("counts statuses as they were and keeps the date when following a link", async () => {
    const page = await app.visit("/?stand=2023-12-31");
    await expect.poll(() => fieldCard(page, "B").textContent()).toContain("1 in Umsetzung · 1 eingestellt");
    expect(await fieldCard(page, "B").textContent()).toContain("20 %");
    expect(await fieldCard(page, "A").textContent()).toContain("2 geplant");
    expect(await page.locator(".facts").textContent()).toContain("31.12.2023");

    await fieldCard(page, "B").getByRole("link").click();
    await page.waitForURL(/\/handlungsfelder\/B/);
    expect(standOf(page)).toBe("2023-12-31");
    await expect.poll(() => mainText(page)).toContain("Historischer Stand vom 31.12.2023");
  });

  it("moves through the months with the keyboard and takes an exact date", async () => {
    const page = await app.visit("/");
    const slider = page.getByRole("slider", { name: "Monatsende" });
    expect(await slider.getAttribute("aria-valuetext")).toBe("27.11.2026 (heute)");
    await slider.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => standOf(page)).toBe("2023-01-31");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe("31.01.2023");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => standOf(page)).toBe("2023-02-28");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe("28.02.2023");
    // The slider keeps focus while the figures change.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("as-of-range");

    await page.getByLabel("Genaues Datum").fill("2024-12-01");
    await page.getByRole("button", { name: "Anzeigen", exact: true }).click();
    await expect.poll(() => standOf(page)).toBe("2024-12-01");
    await expect.poll(() => fieldCard(page, "A").textContent()).toContain("1 umgesetzt");

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await slider.focus();
    await page.keyboard.press("End");
    await expect.poll(() => standOf(page)).toBeNull();
  });

  it("explains a date outside the strategy's horizon", async () => {
    const page = await app.visit("/?stand=2022-12-31");
    await expect.poll(() => mainText(page)).toContain("außerhalb des Zeitrahmens");
  });
});

describe("KPIs and lists on a past date", () => {
  it("shows only the values known by then and filters by the status then", async () => {
    const kpi = await app.visit("/kennzahlen/online-services?stand=2024-06-30");
    await expect.poll(() => kpi.locator("table").last().textContent()).toContain("150");
    const values = await kpi.locator("main table").last().locator("tbody tr").count();
    expect(values).toBeGreaterThan(0);
    const violations = await axeViolations(kpi);
    expect(violations, describeViolations(violations)).toEqual([]);

    const list = await app.visit("/massnahmen?status=done&stand=2024-12-01");
    await expect.poll(() => list.locator(".result-count").textContent()).toBe("1 Maßnahme gefunden");
    await list.getByRole("button", { name: "Alle Filter zurücksetzen" }).click();
    await expect.poll(() => standOf(list)).toBe("2024-12-01");
  });
});
