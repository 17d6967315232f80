import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  changesResponseSchema,
  formatDate,
  kpiDetailSchema,
  kpiListResponseSchema,
  strategyResponseSchema,
  type ChangesResponse,
  type KpiDetail,
  type StrategyResponse,
} from "@sm/domain";
import { boundedProjection, kpiBounds } from "../../apps/web/src/features/kpi/kpi-axis";
import { formatFigure, type ProvenanceKind } from "../../apps/web/src/features/kpi/value-provenance";
import { axeViolations, describeViolations, useBrowserApp } from "./harness";

/**
 * Every KPI figure the public pages show is checked against GET /api/v1/kpis/:id: example data says
 * "Beispieldaten", a sourced value links its source, a target says "Planwert", what is computed from
 * example data says "aus Beispieldaten". Figures are found by their data-kpi-* attributes
 * (kpi-figure.tsx); on top, the part of a page about one KPI (data-kpi-scope) must not show any of
 * that KPI's figures outside such a marked element.
 */

const app = useBrowserApp();
let strategy: StrategyResponse;
let kpis: Map<string, KpiDetail>;
let changes: ChangesResponse;

beforeAll(async () => {
  const get = async (path: string) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`);
    expect(res.status, path).toBe(200);
    return res.json();
  };
  strategy = strategyResponseSchema.parse(await get("/strategy"));
  const list = kpiListResponseSchema.parse(await get("/kpis"));
  kpis = new Map(await Promise.all(list.items.map(async (k) => [k.id, kpiDetailSchema.parse(await get(`/kpis/${k.id}`))] as const)));
  changes = changesResponseSchema.parse(await get("/changes"));
});

interface Shown {
  id: string;
  date: string;
  kind: ProvenanceKind;
  text: string;
  links: string[];
}

/** Every marked figure inside `root`, hidden ones (a chart's table behind its toggle) included. */
async function shownFigures(root: Page | Locator): Promise<Shown[]> {
  return root.locator("[data-kpi-value]").evaluateAll((elements) =>
    elements.map((el) => ({
      id: el.getAttribute("data-kpi-value") ?? "",
      date: el.getAttribute("data-kpi-date") ?? "",
      kind: (el.getAttribute("data-kpi-kind") ?? "") as ProvenanceKind,
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
      links: [...el.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    })),
  );
}

type Mark = { example: boolean; plan: boolean; source: { url: string; label: string } | null };
interface Expected {
  /** the figure as the API has it, formatted; for a trend cut off at a bound, the trend's own result */
  figures: string[];
  mark: Mark;
}

const measured = (v: { isExample: boolean; sourceUrl: string | null; sourceLabel?: string }): Mark => ({
  example: v.isExample,
  plan: false,
  source: v.sourceUrl ? { url: v.sourceUrl, label: v.sourceLabel ?? "" } : null,
});

/** What the API says the figure of `kind` on `date` is, or a reason why there is no such figure. */
function expected(kpi: KpiDetail, date: string, kind: ProvenanceKind): Expected | string {
  const fig = (value: number) => formatFigure(kpi, value, kind);
  const plan: Mark = { example: false, plan: true, source: null };
  switch (kind) {
    case "baseline":
      if (date !== kpi.baseline.date) return `baseline is on ${kpi.baseline.date}`;
      return { figures: [fig(kpi.baseline.value)], mark: measured(kpi.baseline) };
    case "value": {
      const values = kpi.values.filter((v) => v.date === date);
      if (values.length === 0) return `no value on ${date}`;
      // Two values on one date are possible; the mark must fit the one shown.
      return { figures: values.map((v) => fig(v.value)), mark: measured(values.at(-1)!) };
    }
    case "target":
      if (date !== kpi.target.date) return `target is on ${kpi.target.date}`;
      return { figures: [fig(kpi.target.value)], mark: plan };
    case "interim": {
      const interim = kpi.interimTargets.find((i) => i.date === date);
      return interim ? { figures: [fig(interim.value)], mark: plan } : `no interim target on ${date}`;
    }
    case "projection": {
      const end = kpi.projection?.line.find((e) => e.date === date);
      if (!end) return `no end of the trend line on ${date}`;
      const example = kpi.values.some((v) => v.isExample);
      const { value } = boundedProjection(end.value, kpiBounds(kpi.unit, [kpi.target.value]));
      return { figures: [fig(end.value), fig(value)], mark: { example, plan: false, source: null } };
    }
    case "attainment":
      if (!kpi.latest || kpi.attainment === null) return "no attainment";
      if (date !== kpi.latest.date) return `latest value is on ${kpi.latest.date}`;
      return { figures: [fig(kpi.attainment)], mark: { example: kpi.baseline.isExample || kpi.latest.isExample, plan: false, source: null } };
  }
}

/** Checks one shown figure against the API; returns what is wrong, or nothing. */
function problem(shown: Shown): string | undefined {
  const kpi = kpis.get(shown.id);
  const where = `${shown.id} ${shown.kind} ${shown.date}: "${shown.text}"`;
  if (!kpi) return `${where}: no such public KPI`;
  const want = expected(kpi, shown.date, shown.kind);
  if (typeof want === "string") return `${where}: ${want}`;
  if (!want.figures.some((f) => shown.text.includes(f))) return `${where}: expected ${want.figures.join(" or ")}`;
  const saysExample = /Beispieldaten/.test(shown.text);
  if (want.mark.example && !saysExample) return `${where}: example data without "Beispieldaten"`;
  if (!want.mark.example && saysExample) return `${where}: marked "Beispieldaten", but the API says it is not`;
  if (want.mark.plan !== shown.text.includes("Planwert")) return `${where}: ${want.mark.plan ? "a target without" : "not a target, but"} "Planwert"`;
  const source = want.mark.source;
  if (source && !shown.links.includes(source.url) && !shown.text.includes(`Quelle: ${source.label || source.url}`)) {
    return `${where}: its source ${source.url} is neither linked nor named`;
  }
  if (!source && shown.links.length > 0) return `${where}: links ${shown.links.join(", ")}, but the API names no source`;
  return undefined;
}

/** Every marked figure on the page checked against the API; returns them for the coverage checks. */
async function checkFigures(page: Page): Promise<Shown[]> {
  const shown = await shownFigures(page);
  const problems = shown.map(problem).filter(Boolean);
  expect(problems, `on ${page.url()}`).toEqual([]);
  return shown;
}

type Want = readonly [id: string, kind: ProvenanceKind, date: string];
const want = (id: string, kind: ProvenanceKind, date: string): Want => [id, kind, date];

/** Fails when a figure the page must show is not among the marked ones. */
function expectShown(shown: Shown[], wanted: Want[], where: string) {
  const keys = new Set(shown.map((s) => `${s.id} ${s.kind} ${s.date}`));
  const missing = wanted.map((w) => w.join(" ")).filter((key) => !keys.has(key));
  expect(missing, `marked figures missing on ${where}`).toEqual([]);
}

/** Latest value and target: what a KPI card, a list entry or a report entry shows. */
function headline(kpi: KpiDetail): Want[] {
  return [want(kpi.id, "target", kpi.target.date), ...(kpi.latest ? [want(kpi.id, "value", kpi.latest.date)] : [])];
}

/** The attainment beside the headline, where there is a latest value. */
const attainment = (kpi: KpiDetail): Want[] => (kpi.latest ? [want(kpi.id, "attainment", kpi.latest.date)] : []);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Inside each part of the page that is about one KPI, the text left after removing the marked
 * figures (and the drawings, whose axes carry round numbers) must not contain any of that KPI's
 * figures. Bare counts below 100 are left out: they are too easily part of a date or a sentence.
 */
async function unmarkedFigures(page: Page): Promise<string[]> {
  const scopes = await page.locator("[data-kpi-scope]").evaluateAll((elements) =>
    elements.map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll("[data-kpi-value], svg, .recharts-wrapper").forEach((n) => n.remove());
      return { id: el.getAttribute("data-kpi-scope") ?? "", text: (copy.textContent ?? "").replace(/\s+/g, " ") };
    }),
  );
  expect(scopes.length, `KPI parts on ${page.url()}`).toBeGreaterThan(0);
  const found: string[] = [];
  for (const { id, text } of scopes) {
    const kpi = kpis.get(id)!;
    const numbers = [kpi.baseline.value, kpi.target.value, ...kpi.values.map((v) => v.value), ...kpi.interimTargets.map((i) => i.value)];
    for (const n of numbers) {
      const figure = formatFigure(kpi, n, "value");
      const bare = figure === formatFigure({ ...kpi, unit: "" }, n, "value");
      if (bare && Math.abs(n) < 100) continue;
      if (new RegExp(`(?<![\\d.,])${escape(figure)}(?![\\d,]|\\.\\d)`).test(text)) found.push(`${id}: ${figure} in "${text.trim().slice(0, 160)}…"`);
    }
  }
  return found;
}

async function checkNothingUnmarked(page: Page) {
  expect(await unmarkedFigures(page), `figures without their mark on ${page.url()}`).toEqual([]);
}

describe("every KPI figure on the public pages carries the API's mark", () => {
  it("the overview shows no KPI figure without its mark", async () => {
    const page = await app.visit("/");
    const shown = await checkFigures(page);
    // The overview counts KPIs per field but shows none of their figures; should it start to, they are checked above.
    expect(shown.every((s) => kpis.has(s.id))).toBe(true);
    const text = (await page.locator("main").textContent()) ?? "";
    // Percentages and counts are too easily a progress figure or a count of measures; ranks and days are not.
    for (const kpi of kpis.values()) {
      if (kpi.latest && !["Anzahl", "%"].includes(kpi.unit)) expect(text, kpi.id).not.toContain(formatFigure(kpi, kpi.latest.value, "value"));
    }
  });

  it("each field page marks the latest value, target and attainment of its KPIs", async () => {
    for (const field of strategy.fields) {
      const page = await app.visit(`/handlungsfelder/${field.code}`);
      await page.locator(".kpi-card").first().waitFor();
      const shown = await checkFigures(page);
      const fieldKpis = [...kpis.values()].filter((k) => k.field.code === field.code);
      expect(fieldKpis.length).toBeGreaterThan(0);
      expectShown(
        shown,
        fieldKpis.flatMap((k) => [...headline(k), ...attainment(k)]),
        field.code,
      );
      await checkNothingUnmarked(page);
      // The line under each sparkline says how much of it is example data.
      for (const kpi of fieldKpis) {
        const series = (await page.locator(`.kpi-card[data-kpi-scope="${kpi.id}"] .kpi-card__series`).textContent()) ?? "";
        const anyExample = kpi.baseline.isExample || kpi.values.some((v) => v.isExample);
        expect(series.includes("Beispieldaten"), `${kpi.id}: "${series}"`).toBe(anyExample);
      }
    }
  });

  it("the KPI list marks every KPI's latest value, target and attainment", async () => {
    const page = await app.visit("/kennzahlen");
    const shown = await checkFigures(page);
    expectShown(
      shown,
      [...kpis.values()].flatMap((k) => [...headline(k), ...attainment(k)]),
      "/kennzahlen",
    );
    await checkNothingUnmarked(page);
  });

  it("every KPI page marks the headline, baseline, targets, every value and every point of its chart", async () => {
    for (const kpi of kpis.values()) {
      const page = await app.visit(`/kennzahlen/${kpi.id}`);
      await page.locator(".recharts-wrapper").first().waitFor();
      const shown = await checkFigures(page);
      expectShown(
        shown,
        [
          want(kpi.id, "baseline", kpi.baseline.date),
          ...headline(kpi),
          ...attainment(kpi),
          ...kpi.interimTargets.map((i) => want(kpi.id, "interim", i.date)),
          ...kpi.values.map((v) => want(kpi.id, "value", v.date)),
          ...(kpi.projection?.line.map((e) => want(kpi.id, "projection", e.date)) ?? []),
        ],
        kpi.id,
      );
      // The headline "Letzter Wert" itself, not just somewhere on the page.
      const latest = page.locator("dt", { hasText: "Letzter Wert" }).locator("+ dd");
      if (kpi.latest) {
        const [figure] = await shownFigures(latest);
        expect(figure, kpi.id).toMatchObject({ kind: "value", date: kpi.latest.date });
        expect(problem(figure!)).toBeUndefined();
      }
      await checkNothingUnmarked(page);
    }
  });

  it("the changes page marks every new KPI value and every projection that turned", async () => {
    const page = await app.visit("/aenderungen");
    const shown = await checkFigures(page);
    // Each KPI with new values shows the first and the latest of them and the one before the period.
    const newValues = changes.fields.flatMap((f) =>
      f.newKpiValues.flatMap((v) => [v.first, v.latest, ...(v.previous ? [v.previous] : [])].map((p) => want(v.id, "value", p.date))),
    );
    const turned = changes.fields.flatMap((f) => f.projectionTurned.map((p) => want(p.id, "projection", p.targetDate)));
    expect(newValues.length, "the default period has new KPI values").toBeGreaterThan(0);
    expectShown(shown, [...newValues, ...turned], "/aenderungen");
    await checkNothingUnmarked(page);
  });

  it("the council report marks each KPI's latest value and target and every point of its chart", async () => {
    const page = await app.visitorPage();
    await page.goto(`${app.baseUrl}/bericht`);
    await page.locator('.report[aria-busy="false"]').waitFor();
    await expect.poll(() => page.locator(".report-kpi .recharts-wrapper").count()).toBe(kpis.size);
    const shown = await checkFigures(page);
    expectShown(
      shown,
      [...kpis.values()].flatMap((k) => [...headline(k), want(k.id, "baseline", k.baseline.date), ...k.values.map((v) => want(k.id, "value", v.date))]),
      "/bericht",
    );
    await checkNothingUnmarked(page);
  });
});

describe("the checks themselves", () => {
  it("catch a figure shown without its mark, with a mark it should not have, or outside a marked element", async () => {
    const page = await app.visit("/kennzahlen/gisma-rank");
    const gisma = kpis.get("gisma-rank")!;
    const latest = gisma.latest!;
    expect(latest.isExample, "the demo's latest GISMA rank is invented").toBe(true);
    const base = { id: gisma.id, date: latest.date, kind: "value" as const, links: [] };
    expect(problem({ ...base, text: "Rang 5" })).toMatch(/without "Beispieldaten"/);
    expect(problem({ ...base, text: "Rang 5 Beispieldaten" })).toBeUndefined();
    const sourced = gisma.values.find((v) => !v.isExample)!;
    expect(problem({ ...base, date: sourced.date, text: `Rang ${sourced.value} Beispieldaten` })).toMatch(/API says it is not/);
    expect(problem({ ...base, date: sourced.date, text: `Rang ${sourced.value}` })).toMatch(/neither linked nor named/);
    expect(problem({ ...base, kind: "target", date: gisma.target.date, text: `Rang ${gisma.target.value}` })).toMatch(/Planwert/);

    // A figure written into the page without the component is found by the scope check.
    await page.locator("[data-kpi-scope] .lead").evaluate((el, text) => el.append(` ${text}`), `Rang ${latest.value}`);
    expect(await unmarkedFigures(page)).toEqual([expect.stringContaining(`gisma-rank: Rang ${latest.value} in`)]);
  });
});

/** Pixel x of a date on a KPI chart, from the positions of its year ticks (1 January each). */
async function xOfDate(chart: Locator, iso: string): Promise<number> {
  const ticks = await chart.locator(".recharts-xAxis-tick-labels text").evaluateAll((texts) =>
    texts.map((t) => {
      const box = t.getBoundingClientRect();
      return { year: Number(t.textContent), x: box.x + box.width / 2 };
    }),
  );
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  const time = (year: number) => Date.UTC(year, 0, 1);
  const perMs = (b.x - a.x) / (time(b.year) - time(a.year));
  return a.x + (Date.parse(`${iso}T00:00:00Z`) - time(a.year)) * perMs;
}

/**
 * Moves the mouse to `iso` on the chart, halfway up the plot, and reads the tooltip. The last date of
 * the axis is the plot's right edge, so that one is hovered a few pixels inside.
 */
async function hover(page: Page, iso: string) {
  const chart = page.locator(".chart").first();
  await chart.scrollIntoViewIfNeeded();
  const plot = (await chart.locator(".recharts-cartesian-grid").boundingBox())!;
  const x = Math.min(await xOfDate(chart, iso), plot.x + plot.width - 3);
  await page.mouse.move(x, plot.y + plot.height / 2);
  const tooltip = page.locator(".kpi-tooltip");
  await tooltip.waitFor();
  return { text: ((await tooltip.textContent()) ?? "").replace(/\s+/g, " "), figures: await shownFigures(tooltip) };
}

describe("the KPI chart's tooltip", () => {
  it("shows the hovered date in German and the figures of that date, each with its mark, and no raw timestamp", async () => {
    const cases = [
      // a sourced rank, an invented rank, an invented rate, an interim target, the target with the trend's end
      { id: "gisma-rank", date: "2025-05-22", has: ["Rang 6", "Quelle: EVV Essen"] },
      { id: "gisma-rank", date: "2026-05-20", has: ["Rang 5", "Beispieldaten"] },
      { id: "phishing-click-rate", date: "2025-10-15", has: ["9,1 %", "Beispieldaten"] },
      { id: "online-services", date: "2025-12-31", has: ["Zwischenziel", "520", "Planwert"] },
      { id: "phishing-click-rate", date: "2027-12-31", has: ["Ziel: 3 %", "Planwert", "Trend (Projektion): 0 % (Grenze; rechnerisch", "aus Beispieldaten"] },
    ];
    for (const c of cases) {
      const kpi = kpis.get(c.id)!;
      const page = await app.visit(`/kennzahlen/${c.id}`);
      await page.locator(".recharts-wrapper").first().waitFor();
      const { text, figures } = await hover(page, c.date);
      expect(text, `${c.id} ${c.date}`).toContain(formatDate(c.date));
      for (const part of c.has) expect(text, `${c.id} ${c.date}`).toContain(part);
      expect(text).not.toMatch(/\d{6,}/);
      expect(text).not.toMatch(/\bt:/);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.date, `${c.id}: a figure of another date in the tooltip of ${c.date}`).toBe(c.date);
        expect(problem(figure)).toBeUndefined();
      }
      expect(kpi.id).toBe(c.id);
    }
  });

  it("between two points shows the nearest drawn date and only its figures (the tester's mid-2025 hover)", async () => {
    const kpi = kpis.get("online-services")!;
    const page = await app.visit(`/kennzahlen/${kpi.id}`);
    await page.locator(".recharts-wrapper").first().waitFor();
    const { text, figures } = await hover(page, "2025-07-01");
    const dates = new Set(figures.map((f) => f.date));
    expect(dates.size, text).toBe(1);
    const [date] = [...dates];
    expect(text.startsWith(formatDate(date!)), text).toBe(true);
    const drawn = [kpi.baseline.date, kpi.target.date, ...kpi.values.map((v) => v.date), ...kpi.interimTargets.map((i) => i.date)];
    expect(drawn).toContain(date);
    expect(Math.abs(Date.parse(date!) - Date.parse("2025-07-01")), `${date} is the nearest point`).toBeLessThan(100 * 86_400_000);
    for (const figure of figures) expect(problem(figure)).toBeUndefined();
  });
});

describe("axes never suggest impossible values", () => {
  const yTicks = (page: Page) =>
    page
      .locator(".chart")
      .first()
      .locator(".recharts-yAxis-tick-labels text")
      .evaluateAll((texts) => texts.map((t) => ({ text: t.textContent ?? "", y: t.getBoundingClientRect().y })));
  const number = (text: string) => Number(text.replace(/[^\d,−-]/g, "").replace("−", "-").replace(",", "."));

  it("a falling rate stays at or above 0 %, a rank has whole numbers with the better rank on top, and the caption says so", async () => {
    let page = await app.visit("/kennzahlen/phishing-click-rate");
    let ticks = await yTicks(page);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.map((t) => number(t.text)).every((v) => v >= 0 && v <= 100), JSON.stringify(ticks)).toBe(true);

    page = await app.visit("/kennzahlen/gisma-rank");
    ticks = await yTicks(page);
    const values = ticks.map((t) => number(t.text));
    expect(values.every((v) => Number.isInteger(v) && v >= 1), JSON.stringify(ticks)).toBe(true);
    const top = ticks.reduce((a, b) => (a.y < b.y ? a : b));
    expect(number(top.text)).toBe(Math.min(...values));
    expect(await page.locator(".chart-legend").first().textContent()).toContain("bessere Ränge stehen oben");
  });

  it("no KPI chart has a negative axis or a percentage above 100 where its figures stay within", async () => {
    const page = await app.visitorPage();
    await page.goto(`${app.baseUrl}/bericht`);
    await page.locator('.report[aria-busy="false"]').waitFor();
    await expect.poll(() => page.locator(".report-kpi .recharts-wrapper").count()).toBe(kpis.size);
    for (const kpi of kpis.values()) {
      const ticks = await page
        .locator(`.report-kpi[data-kpi-scope="${kpi.id}"] .recharts-yAxis-tick-labels text`)
        .evaluateAll((texts) => texts.map((t) => t.textContent ?? ""));
      expect(ticks.length, kpi.id).toBeGreaterThan(1);
      const figures = [kpi.baseline.value, kpi.target.value, ...kpi.values.map((v) => v.value), ...kpi.interimTargets.map((i) => i.value)];
      const values = ticks.map(number);
      if (figures.every((v) => v >= 0)) expect(values.every((v) => v >= 0), `${kpi.id}: ${ticks.join(" ")}`).toBe(true);
      if (kpi.unit === "%" && figures.every((v) => v <= 100)) expect(values.every((v) => v <= 100), `${kpi.id}: ${ticks.join(" ")}`).toBe(true);
    }
  });
});

describe("accessibility of the changed pages (axe-core, WCAG 2.1 A/AA)", () => {
  it.each([
    ["KPI page with a sourced and an invented value", "/kennzahlen/gisma-rank"],
    ["KPI page with interim targets", "/kennzahlen/online-services"],
    ["KPI list", "/kennzahlen"],
    ["field page", "/handlungsfelder/HF1"],
    ["changes page", "/aenderungen"],
  ])("%s has no violations", async (_name, path) => {
    const page = await app.visit(path);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("the KPI page has none with the chart's table open and a tooltip showing", async () => {
    const page = await app.visit("/kennzahlen/gisma-rank");
    await page.getByRole("button", { name: "Als Tabelle anzeigen" }).click();
    await hover(page, "2025-05-22");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
