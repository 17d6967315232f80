import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { Db } from "@sm/db";
import { createTestDb, FIXTURES } from "@sm/db/testing";
import { createApp } from "../../apps/api/src/app";
import { TEST_NOW } from "../../apps/api/src/testing";
import { mountWebApp, WEB_DIST_DIR } from "../../apps/api/src/web-app";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/chromium";

/**
 * Serves the built web app and the API on a free port around a fresh copy of the Essen demo data,
 * with the clock fixed so "today" is the same in every run.
 */
export async function startApp(seedDir: string = FIXTURES.essen, prepare?: (db: Db) => void) {
  const { db, cleanup } = createTestDb(seedDir);
  prepare?.(db);
  const deps = { db, clock: () => TEST_NOW };
  const app = createApp(deps);
  // SM_WEB_DIST lets a second checkout or a parallel build test its own bundle.
  mountWebApp(app, deps, process.env.SM_WEB_DIST ?? WEB_DIST_DIR);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      cleanup();
    },
  };
}

/** Debian's Chromium, headless (scripts/chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** The app and the browser of one test file, as {@link useBrowserApp} hands them out. */
export interface BrowserApp {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A page in a fresh browser context (its own cookies, so its own session), German locale, 900 px high. */
  newPage(width?: number): Promise<Page>;
  /** Goes to `path`, then waits for the first h1 and for the network to fall quiet. */
  goto(page: Page, path: string): Promise<void>;
  /**
   * The file's one page for an anonymous visitor, `width` wide: every test that only looks around
   * without signing in gets the same page and navigates it, which costs Chromium a fraction of a
   * fresh context and page (a new renderer each time). Nobody may sign in on it (checked here), and
   * tests leave it open. For routes, print media or a second page at once, use {@link newPage}.
   */
  visitorPage(width?: number): Promise<Page>;
  /** {@link visitorPage} and {@link goto} in one. */
  visit(path: string, width?: number): Promise<Page>;
}

/**
 * For one test file: the app around a fresh database and one Chromium, started before its tests and
 * closed after them. Call it at the top level of the file; a file's own beforeAll registered after
 * this call runs after both are up.
 */
export function useBrowserApp(seedDir?: string, prepare?: (db: Db) => void): BrowserApp {
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let browser: Browser | undefined;
  let visitor: Promise<Page> | undefined;

  beforeAll(async () => {
    // Wait for both even if one fails, so that afterAll closes the one that did start.
    const results = await Promise.allSettled([
      startApp(seedDir, prepare).then((a) => (app = a)),
      launchBrowser().then((b) => (browser = b)),
    ]);
    for (const result of results) if (result.status === "rejected") throw result.reason;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const ready = () => {
    if (!app || !browser) throw new Error("useBrowserApp: the app and the browser start in beforeAll; use them inside tests or hooks");
    return { app, browser };
  };
  const handle: BrowserApp = {
    get baseUrl() {
      return ready().app.baseUrl;
    },
    get browser() {
      return ready().browser;
    },
    async newPage(width = 1280) {
      const context = await ready().browser.newContext({ viewport: { width, height: 900 }, locale: "de-DE" });
      return context.newPage();
    },
    async goto(page, path) {
      await page.goto(`${handle.baseUrl}${path}`);
      await page.locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
    },
    async visitorPage(width = 1280) {
      visitor ??= handle.newPage(width).then((page) => {
        page.on("close", () => (visitor = undefined));
        return page;
      });
      const page = await visitor;
      const cookies = await page.context().cookies();
      if (cookies.length > 0) {
        throw new Error(`the visitor page is for anonymous visitors, but it has cookies: ${cookies.map((c) => c.name).join(", ")}`);
      }
      if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 900 });
      return page;
    },
    async visit(path, width) {
      const page = await handle.visitorPage(width);
      await handle.goto(page, path);
      return page;
    },
  };
  return handle;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core against the page for WCAG 2.0/2.1 A and AA. Injected through evaluate rather than a
 * script tag so a Content-Security-Policy without inline scripts does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per document: a second check of the same page reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`)
    .join("\n");
}

/** The password of every account in the Essen demo (data/essen/demo-users.json). */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

/** Signs in through the sign-in page and waits until the header says so. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
}

/** Waits for the network to fall quiet, then expects no axe-core violation on the page. */
export async function expectNoViolations(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}
