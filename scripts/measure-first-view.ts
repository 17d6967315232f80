/**
 * Measures what the first view of each public page costs, in raw and gzip bytes of the built files:
 * the JavaScript it needs before it can show anything (the entry, the page's own chunk and what
 * either imports statically), all JavaScript Chromium loads until the page is quiet (with the chart
 * drawings that follow), and the cumulative layout shift while it loads.
 * Run after `npm run build`: `npx tsx scripts/measure-first-view.ts`.
 */
import { firstViewFiles, jsBytes } from "../tests/e2e/first-view-js";
import { launchBrowser, startApp } from "../tests/e2e/harness";
import { WEB_DIST_DIR } from "../apps/api/src/web-app";

/** Each public page with the name of its lazily loaded chunk (routes.tsx). */
const PAGES: [path: string, chunk: string][] = [
  ["/", "overview-page"],
  ["/massnahmen", "measures-page"],
  ["/massnahmen/HF1-01", "measure-page"],
  ["/handlungsfelder/HF1", "field-page"],
  ["/kennzahlen", "kpi-list-page"],
  ["/kennzahlen/online-services", "kpi-page"],
  ["/aenderungen", "changes-page"],
  ["/so-wird-gerechnet", "methodology-page"],
];

const dist = process.env.SM_WEB_DIST ?? WEB_DIST_DIR;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (files: Iterable<string>) => {
  const { raw, gzip } = jsBytes(dist, files);
  return `${kb(raw)} | ${kb(gzip)}`;
};

const app = await startApp();
const browser = await launchBrowser();
try {
  console.log("| page | first view raw KB | first view gzip KB | until quiet raw KB | until quiet gzip KB | CLS |");
  console.log("|---|---|---|---|---|---|");
  for (const [path, chunk] of PAGES) {
    const firstView = firstViewFiles(dist, chunk);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const scripts = new Set<string>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith(".js")) scripts.add(url.pathname.replace("/assets/", ""));
    });
    await page.goto(`${app.baseUrl}${path}`);
    await page.locator("h1").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    console.log(`| ${path} | ${sizes(firstView)} | ${sizes(scripts)} | ${cls.toFixed(3)} |`);
    if (process.env.VERBOSE) console.log([...firstView].join(" "));
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
