import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FIXTURES } from "@sm/db/testing";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

// Thresholds and interval unlike the defaults (10, -10, -25; 90 days), so text copied from the
// defaults instead of rendered from the strategy would show.
const app = useBrowserApp(FIXTURES.essen, (db) => {
  db.prepare("UPDATE strategy SET signal_ahead = 5, signal_on_track = -15, signal_behind = -30, update_interval_days = 60").run();
});

const PATH = "/so-wird-gerechnet";
const main = (page: Page) => page.locator("main");

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe("So wird gerechnet", () => {
  it("states the on-track rule with this strategy's thresholds, each signal as its badge shows it", async () => {
    const page = await app.visit(PATH);
    const rows = page.locator("#signal table tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    const rules = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        badge: tr.querySelector("th .badge")?.textContent?.trim(),
        icon: tr.querySelector("th .badge svg") !== null,
        condition: tr.querySelector("td")?.textContent?.trim(),
      })),
    );
    expect(rules).toEqual([
      { badge: "vor Plan", icon: true, condition: "mindestens 5 Prozentpunkte vor dem Plan" },
      { badge: "im Plan", icon: true, condition: "höchstens 15 Prozentpunkte hinter und weniger als 5 Prozentpunkte vor dem Plan" },
      { badge: "hinter Plan", icon: true, condition: "mehr als 15, aber höchstens 30 Prozentpunkte hinter dem Plan" },
      { badge: "kritisch", icon: true, condition: "mehr als 30 Prozentpunkte hinter dem Plan" },
    ]);
    // The worked example (15 points behind) is exactly on the "im Plan" boundary with these thresholds.
    await expect.poll(() => page.locator("#signal p", { hasText: "Beispiel" }).textContent()).toContain("im Plan");
    const text = (await main(page).textContent()) ?? "";
    expect(text).not.toContain("10 Prozentpunkte");
    expect(text).toContain("mindestens alle 60 Tage");
    expect(text).toContain("mehr als 60 Tage");
    expect(text).not.toContain("90 Tage");
  });

  it("has an anchor per section and passes axe, also on a phone", async () => {
    const page = await app.visit(PATH);
    for (const id of ["plan", "fortschritt", "signal", "aktualisierung", "kpi", "beispieldaten", "stand"]) {
      expect(await page.locator(`section#${id} h2`).count(), id).toBe(1);
    }
    await expectNoViolations(page);
    const phone = await app.visit(PATH, 360);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoViolations(phone);
  });

  it("is where the overview's signal links to, landing on the signal section with the date kept", async () => {
    const page = await app.visit("/?stand=2025-03-31");
    const overall = page.locator("section.overall");
    await overall.locator(".badge[class*='badge--signal-']").first().waitFor();
    const link = overall.getByRole("link", { name: "Wie wird das berechnet?" });
    expect(await link.getAttribute("href")).toBe(`${PATH}?stand=2025-03-31#signal`);
    await link.click();
    await page.waitForURL((url) => url.pathname === PATH && url.hash === "#signal");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("signal-title");
    const top = await page.locator("#signal").evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    // The page keeps the date for the way back.
    expect(await page.getByRole("link", { name: "Übersicht", exact: true }).first().getAttribute("href")).toContain("stand=2025-03-31");
  });

  it("is linked from every area with signals, progress bars or charts", async () => {
    type Probe = { path: string; areas: string[] };
    const probes: Probe[] = [
      { path: "/", areas: ["section.overall", ".section-intro", ".chart-with-table"] },
      { path: "/handlungsfelder/HF1", areas: ["section[aria-labelledby='field-state']", ".chart-with-table", "section[aria-labelledby='field-timeline']", "section[aria-labelledby='field-measures']"] },
      { path: "/massnahmen/HF1-01", areas: ["section[aria-labelledby='m-state']"] },
      { path: "/massnahmen", areas: [".lead"] },
      { path: "/kennzahlen/online-services", areas: [".chart-with-table", ".notice--info"] },
    ];
    const page = await app.visitorPage();
    for (const probe of probes) {
      await app.goto(page, probe.path);
      for (const area of probe.areas) {
        const links = page.locator(area).first().locator(`a.method-link[href^="${PATH}#"]`);
        expect(await links.count(), `${probe.path} ${area}`).toBe(1);
      }
      // One link per area, not one per badge: never more links than areas (plus the example-data note).
      const total = await page.locator("main a.method-link").count();
      expect(total, probe.path).toBeLessThanOrEqual(probe.areas.length + 1);
    }
  });
});
