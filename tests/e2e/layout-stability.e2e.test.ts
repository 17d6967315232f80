import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { WEB_DIST_DIR } from "../../apps/api/src/web-app";
import { firstViewFiles } from "./first-view-js";
import { signIn, useBrowserApp } from "./harness";

const app = useBrowserApp();
const dist = process.env.SM_WEB_DIST ?? WEB_DIST_DIR;

/**
 * Opens `path` in a fresh context (so the session, too, is asked for anew) with every API answer
 * held back `delay` ms, as on a slow connection where the data arrives well after the page's
 * frame, and returns the cumulative layout shift until the page is quiet.
 */
async function layoutShift(path: string, delay: number, only: RegExp = /\/api\//): Promise<number> {
  const page: Page = await app.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.route(only, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await app.goto(page, path);
    // Chart drawings load after the data; give them time to land.
    await page.waitForTimeout(300);
    return await page.evaluate(() => (window as unknown as { cls: number }).cls);
  } finally {
    await page.context().close();
  }
}

describe("nothing moves when data arrives", () => {
  for (const path of ["/", "/massnahmen", "/handlungsfelder/HF1", "/kennzahlen/online-services"]) {
    it(`${path}: cumulative layout shift at most 0.05`, async () => {
      expect(await layoutShift(path, 400)).toBeLessThanOrEqual(0.05);
    });
  }

  it("the progress chart keeps its place while its own data is still on the way", async () => {
    expect(await layoutShift("/handlungsfelder/HF1", 800, /\/api\/v1\/progress/)).toBeLessThanOrEqual(0.05);
  });
});

describe("first view JavaScript", () => {
  // Markers that survive minification: zod names its classes, recharts its wrapper's class.
  const ZOD = "$ZodType";
  const RECHARTS = "recharts-wrapper";
  const PAGES = { "/": "overview-page", "/handlungsfelder/HF1": "field-page", "/kennzahlen/online-services": "kpi-page", "/massnahmen": "measures-page" };

  for (const [path, chunk] of Object.entries(PAGES)) {
    it(`${path} needs neither zod nor recharts before it can show its figures`, () => {
      const files = [...firstViewFiles(dist, chunk)];
      const code = files.map((file) => readFileSync(join(dist, "assets", file), "utf8"));
      expect(files.filter((_, i) => code[i]!.includes(ZOD))).toEqual([]);
      expect(files.filter((_, i) => code[i]!.includes(RECHARTS))).toEqual([]);
    });
  }

  it("the markers are found where the libraries are, so the check above can fail", () => {
    const all = firstViewFiles(dist, "kpi-page");
    const drawing = firstViewFiles(dist, "kpi-drawing");
    const extra = [...drawing].filter((file) => !all.has(file));
    const code = extra.map((file) => readFileSync(join(dist, "assets", file), "utf8")).join("\n");
    expect(code).toContain("recharts-wrapper");
    const schema = [...firstViewFiles(dist, "error-schema")].map((file) => readFileSync(join(dist, "assets", file), "utf8")).join("\n");
    expect(schema).toContain("$ZodType");
  });
});

describe("first view data comes with the page", () => {
  /** The API requests a fresh visitor's page makes until it is quiet. */
  async function apiRequests(path: string): Promise<string[]> {
    const page = await app.newPage(412);
    try {
      const seen: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith("/api/")) seen.push(url.pathname + url.search);
      });
      await app.goto(page, path);
      return seen;
    } finally {
      await page.context().close();
    }
  }

  // The server's list of each page's first requests (apps/api/src/first-view.ts) must match what the
  // web app asks for; otherwise the page waits for answers it had already been given.
  for (const path of ["/", "/?stand=2025-06-30", "/massnahmen", "/handlungsfelder/HF1", "/kennzahlen", "/kennzahlen/online-services", "/massnahmen/HF1-01"]) {
    it(`${path} asks the API only who is signed in`, async () => {
      expect(await apiRequests(path)).toEqual(["/api/v1/session"]);
    });
  }

  it("a page with filters still asks for its own data", async () => {
    expect(await apiRequests("/massnahmen?status=done")).toContain("/api/v1/measures?order=asc&status=done");
  });

  // HF2-03 is internal in the demo data.
  it("a signed-in council member sees the internal measures the anonymous answers in the page leave out", async () => {
    const page = await app.newPage();
    try {
      await signIn(page, app.baseUrl, "rat@demo.strategiemonitor.example");
      // A full page load, so the list starts from the data in the HTML.
      await page.goto(`${app.baseUrl}/massnahmen`);
      await expect.poll(() => page.getByRole("link", { name: /Dienstvereinbarung „Digitales Arbeiten“/ }).count()).toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});
