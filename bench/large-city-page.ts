import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/chromium";
import type { BenchRow } from "./report";

/** The field page of the large city in a browser (issue 10): content within 2 s, at most 10,000 DOM nodes. */
export const CONTENT_GOAL_MS = 2_000;
export const DOM_GOAL = 10_000;

/**
 * Opens `/handlungsfelder/HF1` of a server that serves the built web app, unthrottled, and times it
 * until the page's measure table shows its rows; then counts the page's elements once it is quiet.
 */
export async function fieldPageInChromium(base: string): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(`${base}/handlungsfelder/HF1`);
    await page.locator("table.measures-table tbody tr").first().waitFor({ timeout: 60_000 });
    const contentMs = performance.now() - started;
    await page.waitForLoadState("networkidle");
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    return [
      { what: "large city: field page in Chromium, time to content", now: `${(contentMs / 1000).toFixed(2)} s`, goal: `≤ ${CONTENT_GOAL_MS / 1000} s`, ok: contentMs <= CONTENT_GOAL_MS },
      { what: "large city: field page DOM elements", now: nodes.toLocaleString("en"), goal: `≤ ${DOM_GOAL.toLocaleString("en")}`, ok: nodes <= DOM_GOAL },
    ];
  } finally {
    await browser.close();
  }
}
