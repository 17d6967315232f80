/**
 * Lighthouse (12.2.3, mobile defaults: simulated throttling of a mid-range phone on slow 4G) on the
 * public pages that issue 10 names, with Debian's Chromium. Each page runs three times and the median
 * run counts, as scores move with the load of this 2-core machine. Rows per page: performance score,
 * LCP, CLS, TBT and the compressed JavaScript the first view needed; for the field page also its DOM
 * size.
 *
 * `npx tsx bench/lighthouse.ts [baseUrl]` prints the rows; without a URL it builds nothing but starts
 * the server on the built web app (run `npm run build` first) around a fresh copy of the Essen demo
 * data. LIGHTHOUSE_JSON=<folder> keeps each median run's full report there, to read its audits.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import lighthouse, { type Result } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/chromium";
import { startServer, waitUntilHealthy } from "../scripts/server-process";
import { printReport, type BenchRow } from "./report";

/** The pages issue 10 holds to the goals. */
export const LIGHTHOUSE_PAGES = ["/", "/massnahmen", "/handlungsfelder/HF1", "/kennzahlen/online-services"] as const;
const FIELD_PAGE = "/handlungsfelder/HF1";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const GOALS = {
  score: 95,
  lcpMs: 2500,
  cls: 0.05,
  // Lighthouse's own "good" line for Total Blocking Time on mobile.
  tbtMs: 200,
  firstViewJsKb: 120,
  // Lighthouse's dom-size audit starts to warn above this many elements.
  domNodes: 1400,
};


/** What one Lighthouse run says about a page. */
interface PageRun {
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  firstViewJsBytes: number;
  domNodes: number;
  lhr: Result;
}

/** Runs Lighthouse on each page (three times, median by score) and turns the results into rows. */
export async function lighthouseRows(baseUrl: string): Promise<BenchRow[]> {
  const keepJson = process.env.LIGHTHOUSE_JSON;
  if (keepJson) mkdirSync(keepJson, { recursive: true });
  const rows: BenchRow[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const runs: PageRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runWithRetry(new URL(path, baseUrl).href));
    const median = medianBy(runs, (run) => run.score);
    if (keepJson) writeFileSync(join(keepJson, `lighthouse${path.replaceAll("/", "_") || "_"}.json`), JSON.stringify(median.lhr));
    rows.push(...rowsOf(path, median, runs));
  }
  return rows;
}

/**
 * One run in a Chromium of its own. On a busy machine Lighthouse now and then loses the trace
 * (NO_NAVSTART) or the navigation; such a run says nothing about the page and is tried again.
 */
async function runWithRetry(url: string, tries = 3): Promise<PageRun> {
  for (let attempt = 1; ; attempt++) {
    const chromium = await launchChromium();
    try {
      return await runOnce(url, chromium.port);
    } catch (error) {
      if (attempt >= tries) throw error;
      console.error(`${(error as Error).message} – noch einmal`);
    } finally {
      await chromium.close();
    }
  }
}

function rowsOf(path: string, run: PageRun, runs: PageRun[]): BenchRow[] {
  const scores = runs.map((r) => r.score).join("/");
  const kb = run.firstViewJsBytes / 1024;
  const rows: BenchRow[] = [
    { what: `Lighthouse ${path}: performance (runs ${scores})`, now: String(run.score), goal: `≥ ${GOALS.score}`, ok: run.score >= GOALS.score },
    { what: `Lighthouse ${path}: LCP`, now: `${(run.lcpMs / 1000).toFixed(2)} s`, goal: `≤ ${GOALS.lcpMs / 1000} s`, ok: run.lcpMs <= GOALS.lcpMs },
    { what: `Lighthouse ${path}: CLS`, now: run.cls.toFixed(3), goal: `≤ ${GOALS.cls}`, ok: run.cls <= GOALS.cls },
    { what: `Lighthouse ${path}: TBT`, now: `${Math.round(run.tbtMs)} ms`, goal: `≤ ${GOALS.tbtMs} ms`, ok: run.tbtMs <= GOALS.tbtMs },
    { what: `${path}: first-view JavaScript (compressed)`, now: `${kb.toFixed(1)} KB`, goal: `≤ ${GOALS.firstViewJsKb} KB`, ok: kb <= GOALS.firstViewJsKb },
  ];
  if (path === FIELD_PAGE) {
    rows.push({ what: `${path}: DOM elements`, now: String(run.domNodes), goal: `≤ ${GOALS.domNodes}`, ok: run.domNodes <= GOALS.domNodes });
  }
  return rows;
}

async function runOnce(url: string, port: number): Promise<PageRun> {
  // No config: Lighthouse's defaults, i.e. a mobile device with simulated throttling.
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse ${url}: Audit ${id} ohne Wert`);
    return value;
  };
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    firstViewJsBytes: await firstViewScriptBytes(url),
    domNodes: numeric("dom-size"),
    lhr,
  };
}

/**
 * The JavaScript a page needs before it shows anything, in the bytes the server sends for it (its
 * brotli files; headers not counted): the scripts its HTML names, the entry and the modulepreloads
 * of the entry's and the page's chunks. The web app renders the page only once these are in
 * (main.tsx); chart drawings and forms load later and do not count.
 */
export async function firstViewScriptBytes(pageUrl: string): Promise<number> {
  const html = await (await fetch(pageUrl)).text();
  const urls = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)) urls.add(new URL(src!, pageUrl).href);
  for (const [, href] of html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)) urls.add(new URL(href!, pageUrl).href);
  if (urls.size === 0) throw new Error(`${pageUrl}: kein Skript im HTML`);
  const sizes = await Promise.all([...urls].map(compressedSize));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Body bytes of `url` as sent to a browser that accepts brotli (fetch would decompress them). */
function compressedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith("https:") ? httpsGet : httpGet)(url, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve(bytes));
      res.on("error", reject);
    });
    request.on("error", reject);
  });
}

function medianBy<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Debian's Chromium with a DevTools port of its own choosing, which it prints on start. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "sm-lighthouse-"));
  const child: ChildProcess = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Chromium meldete keinen DevTools-Port:\n${output}`)), 30_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium endete beim Start (${code}):\n${output}`));
    });
  });
  return {
    port,
    async close() {
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The rows for `baseUrl`, or for a server of our own on a fresh copy of the Essen demo data. */
export async function lighthouseBench(baseUrl?: string): Promise<BenchRow[]> {
  if (baseUrl) return lighthouseRows(baseUrl);
  const dir = mkdtempSync(join(tmpdir(), "sm-lighthouse-db-"));
  const server = startServer(join(dir, "essen.db"), undefined, { env: { API_ONLY: "0" } });
  try {
    await waitUntilHealthy(server.base);
    return await lighthouseRows(server.base);
  } finally {
    server.child.kill();
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await lighthouseBench(process.argv[2]);
  printReport(rows);
  process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
}
