import { afterAll, describe, expect, it } from "vitest";
import {
  fieldDetailSchema,
  fieldTimelineSchema,
  kpiDetailSchema,
  kpiValuePageSchema,
  projectKpi,
  SIGNAL_KEYS,
  type KpiValue,
  type SeriesPeriod,
} from "@sm/domain";
import { createTestApp, getJson } from "../testing";

// A field with more measures than any page, and a KPI with more values than any chart: its page
// must page them with their count, and draw a chart-sized series of real values.
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
const insert = db.prepare(
  "INSERT INTO measures (code, field_id, title, summary, planned_start, planned_end) VALUES (?, (SELECT id FROM fields WHERE code = 'B'), ?, '', ?, '2026-12-31')",
);
const insertValue = db.prepare(
  `INSERT INTO kpi_values (kpi_id, date, value, source_url, source_label, is_example, note)
   VALUES ((SELECT id FROM kpis WHERE slug = 'processing-days'), ?, ?, ?, ?, ?, '')`,
);
const day = (n: number) => new Date(Date.UTC(2023, 0, 2) + n * 86_400_000).toISOString().slice(0, 10);
db.transaction(() => {
  // Some not yet started (planned_start in the future), the others far behind: the signal sort has several ranks.
  for (let i = 0; i < 1_050; i++) insert.run(`B-X${String(i).padStart(4, "0")}`, `Maßnahme ${i}`, i % 3 === 0 ? "2026-12-01" : "2024-01-01");
  // Every day from 2023 into late 2026, two values on every tenth day; every seventh value sourced.
  for (let i = 0; i < 1_420; i++) {
    for (let k = 0; k < (i % 10 === 0 ? 2 : 1); k++) {
      const sourced = (i + k) % 7 === 0;
      insertValue.run(day(i), 40 - i / 100 + k, sourced ? "https://example.org/q" : null, sourced ? "Quelle" : "", sourced ? 0 : 1);
    }
  }
})();

const get = async (path: string) => {
  const res = await app.request(path);
  const text = await res.text();
  expect(res.status, path).toBe(200);
  return { body: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text) };
};

/** Every value of the KPI up to asOf, oldest first, read through the paged endpoint. */
async function allValues(asOf?: string): Promise<{ values: KpiValue[]; total: number }> {
  const pages: KpiValue[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const { body } = await get(`/api/v1/kpis/processing-days/values?pageSize=500&page=${page}${asOf ? `&asOf=${asOf}` : ""}`);
    const list = kpiValuePageSchema.parse(body);
    total = list.total;
    if (list.items.length === 0) break;
    pages.push(...list.items);
  }
  return { values: pages.reverse(), total };
}

const periodKey = (date: string, per: SeriesPeriod) =>
  per === "month" ? date.slice(0, 7) : per === "quarter" ? `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}` : date.slice(0, 4);

/** The last value (by date, then by entry) of each period, oldest first: what a sized series must be. */
function lastPerPeriod(values: KpiValue[], per: SeriesPeriod): KpiValue[] {
  const last = new Map<string, KpiValue>();
  for (const v of values) last.set(periodKey(v.date, per), v);
  return [...last.values()];
}

describe("a field with many measures", () => {
  it("pages them: the first page, the count, and every measure once over all pages, by code", async () => {
    const first = fieldDetailSchema.parse((await get("/api/v1/fields/B")).body);
    expect(first.measures.total).toBe(first.measureCount);
    expect(first.measures.total).toBeGreaterThan(1_050);
    expect(first.measures.items).toHaveLength(50);
    const codes: string[] = [];
    for (let page = 1; page <= Math.ceil(first.measures.total / 100); page++) {
      const { measures } = fieldDetailSchema.parse((await get(`/api/v1/fields/B?pageSize=100&page=${page}`)).body);
      codes.push(...measures.items.map((m) => m.code));
    }
    expect(codes).toHaveLength(first.measureCount);
    expect(codes).toEqual([...codes].sort());
  });

  it("sorts by signal in SQL: ranks never go down across pages, ties by code", async () => {
    const rows: { code: string; rank: number }[] = [];
    for (let page = 1; page <= 11; page++) {
      const { measures } = fieldDetailSchema.parse((await get(`/api/v1/fields/B?sort=signal&pageSize=100&page=${page}`)).body);
      rows.push(...measures.items.map((m) => ({ code: m.code, rank: SIGNAL_KEYS.indexOf(m.signal) })));
    }
    expect(rows.length).toBeGreaterThan(1_050);
    const last = fieldDetailSchema.parse((await get("/api/v1/fields/B?sort=signal&order=desc&pageSize=1")).body).measures.items[0]!;
    expect(new Set(rows.map((r) => r.rank)).size, "several signals").toBeGreaterThan(1);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.rank < b.rank || (a.rank === b.rank && a.code < b.code), `${a.code} before ${b.code}`).toBe(true);
    }
    expect(SIGNAL_KEYS.indexOf(last.signal)).toBeGreaterThanOrEqual(rows.at(-1)!.rank);
  });

  it("pages the timeline the same way, with the count", async () => {
    const first = fieldTimelineSchema.parse((await get("/api/v1/fields/B/timeline")).body);
    expect(first).toMatchObject({ page: 1, pageSize: 50 });
    expect(first.measures).toHaveLength(50);
    const lastPage = Math.ceil(first.total / 50);
    const last = fieldTimelineSchema.parse((await get(`/api/v1/fields/B/timeline?page=${lastPage}`)).body);
    expect(last.measures).toHaveLength(first.total - (lastPage - 1) * 50);
    expect(last.measures.at(-1)!.code).toBe("B-X1049");
    const past = fieldTimelineSchema.parse((await get(`/api/v1/fields/B/timeline?page=${lastPage + 1}`)).body);
    expect(past).toMatchObject({ total: first.total, measures: [] });
    expect((await getJson(app, "/api/v1/fields/B/timeline?pageSize=101")).status).toBe(400);
  });

  it("keeps every answer well below 1 MB", async () => {
    for (const path of ["/api/v1/fields/B", "/api/v1/fields/B/timeline", "/api/v1/kpis/processing-days", "/api/v1/kpis/processing-days/values?pageSize=500"]) {
      expect((await get(path)).bytes, path).toBeLessThan(200_000);
    }
  });
});

describe("a KPI with many values", () => {
  it("draws the last value of each month on its page, counts all and projects the trend of all", async () => {
    const kpi = kpiDetailSchema.parse((await get("/api/v1/kpis/processing-days")).body);
    const { values, total } = await allValues();
    expect(total).toBe(values.length);
    expect(values.length).toBeGreaterThan(1_500);
    expect(kpi).toMatchObject({ pointsPer: "month", valueCount: values.length, exampleValueCount: values.filter((v) => v.isExample).length });
    expect(kpi.values).toEqual(lastPerPeriod(values, "month"));
    expect(kpi.values.length).toBeLessThanOrEqual(250);
    expect(kpi.values.some((v) => !v.isExample) && kpi.values.some((v) => v.isExample)).toBe(true);
    const trend = projectKpi({ direction: kpi.direction, target: kpi.target, values })!;
    expect(kpi.projection!.line[0].date).toBe(trend.line[0].date);
    expect(kpi.projection!.valueAtTarget).toBeCloseTo(trend.valueAtTarget, 6);
    expect(kpi.projection!.slopePerYear).toBeCloseTo(trend.slopePerYear, 6);
    expect(kpi.projection!.dateReached).toBe(trend.dateReached);
    expect(kpi.latest).toEqual(values.at(-1));
  });

  it("gives the field's card a sparkline of the last value of each quarter", async () => {
    const { kpis } = fieldDetailSchema.parse((await get("/api/v1/fields/B")).body);
    const card = kpis.items.find((k) => k.id === "processing-days")!;
    const { values } = await allValues();
    expect(card).toMatchObject({ pointsPer: "quarter", valueCount: values.length });
    expect(card.series).toEqual(lastPerPeriod(values, "quarter").map((v) => ({ date: v.date, value: v.value, isExample: v.isExample })));
    expect(card.series.length).toBeLessThanOrEqual(24);
  });

  it("answers a past date from the values known then", async () => {
    const asOf = "2024-03-31";
    const kpi = kpiDetailSchema.parse((await get(`/api/v1/kpis/processing-days?asOf=${asOf}`)).body);
    const { values } = await allValues(asOf);
    expect(values.every((v) => v.date <= asOf)).toBe(true);
    expect(kpi).toMatchObject({ pointsPer: "month", valueCount: values.length });
    expect(kpi.values).toEqual(lastPerPeriod(values, "month"));
  });

  it("pages every value newest first, and refuses what it cannot give", async () => {
    const list = kpiValuePageSchema.parse((await get("/api/v1/kpis/processing-days/values")).body);
    expect(list).toMatchObject({ page: 1, pageSize: 50 });
    expect(list.items).toHaveLength(50);
    const dates = list.items.map((v) => v.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await getJson(app, "/api/v1/kpis/processing-days/values?pageSize=501")).status).toBe(400);
    expect((await getJson(app, "/api/v1/kpis/processing-days/values?page=0")).status).toBe(400);
    expect((await getJson(app, "/api/v1/kpis/no-such-kpi/values")).status).toBe(404);
  });
});
