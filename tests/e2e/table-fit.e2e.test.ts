import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { kpiDetailSchema, kpiListResponseSchema, strategyResponseSchema } from "@sm/domain";
import { signIn, useBrowserApp } from "./harness";

// Demo accounts from data/essen/demo-users.json.
const LEAD = "projektleitung@demo.strategiemonitor.example";
const LEAD2 = "projektleitung2@demo.strategiemonitor.example";
const COUNCIL = "rat@demo.strategiemonitor.example";
const ADMIN = "admin@demo.strategiemonitor.example";

const WIDTHS = [360, 1280, 1920] as const;

const app = useBrowserApp();
let fieldCodes: string[] = [];
/** The KPI whose values table carries the most text (sources and notes): the widest one. */
let widestKpi = "";
let leadId = 0;

beforeAll(async () => {
  const get = async (path: string) => (await fetch(`${app.baseUrl}/api/v1${path}`)).json();
  fieldCodes = strategyResponseSchema.parse(await get("/strategy")).fields.map((f) => f.code);
  const kpis = kpiListResponseSchema.parse(await get("/kpis")).items;
  const details = await Promise.all(kpis.map(async (k) => kpiDetailSchema.parse(await get(`/kpis/${k.id}`))));
  const textOf = (k: (typeof details)[number]) => k.values.reduce((n, v) => n + v.sourceLabel.length + (v.sourceUrl ?? "").length + v.note.length, 0);
  widestKpi = details.reduce((a, b) => (textOf(b) > textOf(a) ? b : a)).id;
});


/** Opens a page and unfolds every table that hides behind a toggle (chart data, the timeline's table). */
async function open(page: Page, path: string) {
  await app.goto(page, path);
  await page.waitForFunction(() => !document.querySelector("main .loading, main [aria-busy='true']"));
  await page.evaluate(() => {
    document.querySelectorAll<HTMLButtonElement>("main button.toggle[aria-expanded='false']").forEach((b) => b.click());
    document.querySelectorAll("main details").forEach((d) => ((d as HTMLDetailsElement).open = true));
  });
}

/**
 * Everything wrong with the page's tables, as sentences: a table wider than its box must scroll in
 * a focusable, named region that says it scrolls; no cell's text may lie outside what the reader can
 * see or scroll to, nor spill out of its cell; and the page itself must not scroll sideways.
 */
function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways (${root.scrollWidth} px)`);
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    const clips = (el: Element) => /hidden|clip/.test(getComputedStyle(el).overflowX);
    // Text in a visually hidden element (1 px, clipped) is for screen readers, not cut-off content.
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.clip !== "auto" || s.clipPath !== "none" || (s.position === "absolute" && e.getBoundingClientRect().width <= 1)) return true;
      }
      return false;
    };
    const nameOf = (table: HTMLTableElement) =>
      (table.caption?.textContent ?? document.getElementById(table.getAttribute("aria-labelledby") ?? "")?.textContent ?? "table").trim();

    for (const table of document.querySelectorAll<HTMLTableElement>("main table")) {
      if (!visible(table)) continue;
      const name = nameOf(table);
      let region: HTMLElement | null = null;
      for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
        if (scrolls(e)) {
          region = e;
          break;
        }
      }
      const box = table.parentElement!;
      const overflows = table.getBoundingClientRect().width > box.clientWidth + 1;
      if (overflows) {
        if (!region || region.scrollWidth <= region.clientWidth) {
          problems.push(`"${name}" is ${Math.round(table.getBoundingClientRect().width)} px wide in a ${box.clientWidth} px box that does not scroll`);
        } else {
          if (region.getAttribute("tabindex") !== "0") problems.push(`"${name}" scrolls in a region that is not focusable`);
          if (!region.getAttribute("aria-label") && !region.getAttribute("aria-labelledby")) problems.push(`"${name}" scrolls in a region without a name`);
          const cue = (region.getAttribute("aria-describedby") ?? "")
            .split(/\s+/)
            .map((id) => (id ? document.getElementById(id) : null))
            .find((el) => el && visible(el) && /seitlich scrollbar/i.test(el.textContent ?? ""));
          if (!cue) problems.push(`"${name}" scrolls sideways without a visible hint that it does`);
        }
      }

      for (const cell of table.querySelectorAll<HTMLTableCellElement>("th, td")) {
        if (!visible(cell)) continue;
        const cellRect = cell.getBoundingClientRect();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const parent = node.parentElement;
          if (!text || !parent || !visible(parent) || srOnly(parent)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.width === 0) continue;
            const where = `"${name}": "${text.slice(0, 40)}"`;
            if (rect.left < cellRect.left - 1 || rect.right > cellRect.right + 1) problems.push(`${where} spills out of its cell`);
            // Up the tree: a box that clips must hold the text; a box that scrolls makes it reachable.
            let reachable = false;
            for (let e: Element | null = parent; e && e !== document.body; e = e.parentElement) {
              if (scrolls(e)) {
                reachable = true;
                break;
              }
              if (clips(e)) {
                const r = e.getBoundingClientRect();
                if (rect.left < r.left - 1 || rect.right > r.right + 1) problems.push(`${where} is cut off`);
              }
            }
            if (!reachable && (rect.left < -1 || rect.right > window.innerWidth + 1)) problems.push(`${where} is off-screen`);
          }
        }
      }
    }
    return [...new Set(problems)];
  });
}

/** The names of the page's visible tables that scroll sideways in their region. */
function scrollingTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>("main table")]
      .filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().width > t.parentElement!.clientWidth + 1)
      .map((t) => t.caption?.textContent?.trim() ?? "table"),
  );
}

/** Checks every path and reports all problems at once, so one failure does not hide the next. */
async function expectTablesFit(page: Page, paths: string[], width: number) {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await open(page, path);
    // The hint and the scroll state follow the layout a frame later.
    let last: string[] = [];
    try {
      await expect.poll(async () => (last = await tableProblems(page)), { timeout: 5_000 }).toEqual([]);
    } catch {
      found[`${path} at ${width} px`] = last;
    }
  }
  expect(found).toEqual({});
}

describe("every table fits, or scrolls in a named, focusable region that says so", () => {
  it.each(WIDTHS)("public pages at %i px", async (width) => {
    const page = await app.visitorPage(width);
    const paths = ["/", "/massnahmen", ...fieldCodes.map((c) => `/handlungsfelder/${c}`), `/kennzahlen/${widestKpi}`, "/aenderungen?von=2023-01-01", "/bericht"];
    await expectTablesFit(page, paths, width);
  }, 240_000);

  it.each(WIDTHS)("Meine Maßnahmen of both leads at %i px", async (width) => {
    for (const lead of [LEAD, LEAD2]) {
      const page = await app.newPage(width);
      await signIn(page, app.baseUrl, lead);
      await expectTablesFit(page, ["/meine-massnahmen"], width);
      await page.context().close();
    }
  });

  it.each(WIDTHS)("council pages with internal measures at %i px", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, app.baseUrl, COUNCIL);
    await expectTablesFit(page, ["/massnahmen", "/handlungsfelder/HF2", "/handlungsfelder/HF5", "/aenderungen?von=2023-01-01", "/bericht"], width);
    await page.context().close();
  }, 120_000);

  it.each(WIDTHS)("the lists of measures fit without scrolling at %i px: a table on a screen, cards on a phone", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, app.baseUrl, LEAD2);
    for (const path of ["/massnahmen", "/handlungsfelder/HF1", "/handlungsfelder/HF2", "/meine-massnahmen"]) {
      await open(page, path);
      const measureTables = (names: string[]) => names.filter((n) => n.startsWith("Maßnahmen") || n.startsWith("Meine Maßnahmen"));
      await expect.poll(async () => measureTables(await scrollingTables(page)), { message: `${path} at ${width} px` }).toEqual([]);
    }
    // The Gantt chart's table keeps its columns on a phone and scrolls: there the hint must show.
    if (width === 360) {
      await open(page, "/handlungsfelder/HF1");
      await expect.poll(() => scrollingTables(page)).toContain("Zeitplan der Maßnahmen im Handlungsfeld HF1");
      await expect.poll(() => page.getByText("Tabelle seitlich scrollbar").first().isVisible()).toBe(true);
    }
    await page.context().close();
  });

  it.each(WIDTHS)("administration at %i px", async (width) => {
    const page = await app.newPage(width);
    await signIn(page, app.baseUrl, ADMIN);
    if (!leadId) {
      const users = (await page.evaluate(() => fetch("/api/v1/admin/users").then((r) => r.json()))) as { items: { id: number; email: string }[] };
      leadId = users.items.find((u) => u.email === LEAD)!.id;
    }
    const paths = [
      "/verwaltung/benutzer",
      `/verwaltung/benutzer/${leadId}`,
      "/verwaltung/massnahmen",
      "/verwaltung/kennzahlen",
      "/verwaltung/sitzungen",
      "/verwaltung/protokoll",
    ];
    await expectTablesFit(page, paths, width);
    await page.context().close();
  });
});
