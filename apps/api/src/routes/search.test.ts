import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema, kpiListResponseSchema, measureListResponseSchema } from "@sm/domain";
import { FIXTURES } from "@sm/db/testing";
import { createTestApp, getJson, signIn, USERS } from "../testing";

/**
 * Search (`q`) on the measure and KPI lists: what people type finds what the texts say, however
 * they write it, best matches first, without ever reaching internal text or breaking on odd input.
 */
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

beforeAll(() => {
  // Texts as an editor would write them; the FTS index follows through its triggers.
  const setMeasure = db.prepare("UPDATE measures SET title = ?, summary = ?, description = ?, department = ?, risk = ? WHERE code = ?");
  setMeasure.run("Online-Anmeldung", "Wohnsitz online anmelden.", "Auslastung der Termine als Open Data; Beratung im Bürgeramt.", "Bürgeramt", "Geheimsache Zebrafink", "A-01");
  setMeasure.run("Terminbuchung für Bürgerämter", "Termine online buchen.", "Mit KI-Unterstützung bei der Terminwahl.", "", "", "A-02");
  setMeasure.run("Vertrauliches Vorhaben", "Nicht öffentlich.", "Open-Data-Schnittstelle, intern.", "", "", "A-03");
  setMeasure.run("Open-Data-Katalog", "Katalog aller Datensätze.", "", "Amt für Statistik", "", "B-01");
  setMeasure.run("Altsystem ablösen", "Wurde eingestellt.", "Ablösung der Kita-Software.", "Amt für Straßen und Verkehr", "", "B-02");
  const setKpi = db.prepare("UPDATE kpis SET title = ?, description = ?, unit = ? WHERE slug = ?");
  setKpi.run("Online-Dienste", "Leistungen im Serviceportal; die Bearbeitungsdauer zählt nicht.", "Anzahl", "online-services");
  setKpi.run("Bearbeitungsdauer", "Tage vom Antrag bis zum Bescheid im Bürgeramt.", "Tage", "processing-days");
});

async function measures(query: string, cookie?: string) {
  const res = await app.request(`/api/v1/measures?${query}`, cookie ? { headers: { cookie } } : undefined);
  expect(res.status).toBe(200);
  return measureListResponseSchema.parse(await res.json()).items.map((m) => m.code);
}
async function kpis(query: string) {
  const { status, body } = await getJson(app, `/api/v1/kpis?${query}`);
  expect(status).toBe(200);
  return kpiListResponseSchema.parse(body).items.map((k) => k.id);
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe("measure search", () => {
  it("finds the same measures however Open Data is written", async () => {
    const expected = await measures(q("opendata"));
    expect([...expected].sort()).toEqual(["A-01", "B-01"]);
    for (const text of ["Open Data", "Open-Data", "OPEN data", "open–data", " Open_Data "]) {
      expect(await measures(q(text))).toEqual(expected);
    }
  });

  it("reads umlauts and ß the German way", async () => {
    expect(await measures(q("Buergeramt"))).toEqual(["A-01"]);
    expect(await measures(q("BÜRGERAMT"))).toEqual(["A-01"]);
    expect(await measures(q("buergeraemter"))).toEqual(["A-02"]);
    expect(await measures(q("strasse"))).toEqual(["B-02"]);
    expect(await measures(q("Straße"))).toEqual(["B-02"]);
  });

  it("ranks a title match above a match in the description, unless another sort is chosen", async () => {
    // A-01 comes first by code, but only its description says Open Data; B-01 has it in the title.
    expect(await measures(q("Open Data"))).toEqual(["B-01", "A-01"]);
    expect(await measures(`${q("Open Data")}&sort=relevance&order=desc`)).toEqual(["A-01", "B-01"]);
    expect(await measures(`${q("Open Data")}&sort=code`)).toEqual(["A-01", "B-01"]);
    // "online" is in A-01's title and A-02's summary: title first, then by code within the same rank.
    expect(await measures(q("online"))).toEqual(["A-01", "A-02"]);
  });

  it("combines with the other filters and pages", async () => {
    expect(await measures(`${q("Open Data")}&field=A`)).toEqual(["A-01"]);
    const res = measureListResponseSchema.parse((await getJson(app, `/api/v1/measures?${q("opendata")}&pageSize=1&page=2`)).body);
    expect(res).toMatchObject({ total: 2, page: 2 });
    expect(res.items.map((m) => m.code)).toEqual(["A-01"]);
  });

  it("matches one or two letters only as a whole word", async () => {
    // "Kita-Software" (B-02) holds the letters k and i, but not as a word of their own.
    expect(await measures(q("KI"))).toEqual(["A-02"]);
    expect(await measures(q("k-i"))).toEqual(["A-02"]);
    // The codes' parts are words too.
    expect([...(await measures(q("01")))].sort()).toEqual(["A-01", "B-01"]);
    expect(await measures(q("z"))).toEqual([]);
  });

  it("never searches internal text or measures the reader may not see", async () => {
    expect(await measures(q("Zebrafink"))).toEqual([]);
    expect(await measures(q("Vertrauliches"))).toEqual([]);
    expect(await measures(q("Schnittstelle"))).toEqual([]);
    const council = await signIn(app, USERS.council);
    // The risk is never indexed, not even for the council; the internal measure is found by those who see it.
    expect(await measures(q("Zebrafink"), council)).toEqual([]);
    expect(await measures(q("Schnittstelle"), council)).toEqual(["A-03"]);
  });

  it("takes FTS syntax in the search text literally", async () => {
    for (const text of ['"Open" OR NEAR(data*)', 'Open" OR "x', "data*", "NEAR(open data)", "' OR 1=1 --", "Open AND"]) {
      const { status, body } = await getJson(app, `/api/v1/measures?${q(text)}`);
      expect(status, text).toBe(200);
      expect(measureListResponseSchema.parse(body).total, text).toBeLessThan(4);
    }
    // Syntax characters around real words are ignored like any punctuation.
    expect(await measures(q('"Open-Data"*'))).toEqual(["B-01", "A-01"]);
    expect(await measures(q("(Katalog)"))).toEqual(["B-01"]);
  });

  it.each([
    ["%00", "a NUL character"],
    ["%00%01%1F", "control characters"],
    ["%22", "a quote"],
    ["*", "a star"],
    ["(%20)", "brackets"],
    ["--", "hyphens"],
    ["%25", "a percent sign"],
  ])("answers 400 naming q for a query without letters or digits: %s (%s)", async (raw) => {
    const { status, body } = await getJson(app, `/api/v1/measures?q=${raw}`);
    expect(status).toBe(400);
    const { error } = errorResponseSchema.parse(body);
    expect(error.param).toBe("q");
    expect(error.message).toBe("Ungültiger Parameter „q“: Suchtext braucht mindestens einen Buchstaben oder eine Ziffer");
  });

  it("treats an empty or blank query as no search and refuses very long input", async () => {
    expect(await measures("q=")).toEqual(["A-01", "A-02", "B-01", "B-02"]);
    expect(await measures("q=%20%20")).toEqual(["A-01", "A-02", "B-01", "B-02"]);
    expect(await measures(q("x".repeat(100)))).toEqual([]);
    const long = await getJson(app, `/api/v1/measures?${q("Open Data ".repeat(1000))}`);
    expect(long.status).toBe(400);
    expect(errorResponseSchema.parse(long.body).error.param).toBe("q");
  });

  it("finds a measure as soon as it is written and forgets it when archived", async () => {
    db.prepare(
      `INSERT INTO measures (code, field_id, title, summary, planned_start, planned_end)
       VALUES ('B-09', (SELECT id FROM fields WHERE code = 'B'), 'Sensorik im Straßenraum', 'Messpunkte.', '2025-01-01', '2026-12-31')`,
    ).run();
    expect(await measures(q("strassenraum"))).toEqual(["B-09"]);
    db.prepare("UPDATE measures SET title = 'Messnetz' WHERE code = 'B-09'").run();
    expect(await measures(q("strassenraum"))).toEqual([]);
    expect(await measures(q("messnetz"))).toEqual(["B-09"]);
    db.prepare("UPDATE measures SET archived_at = '2026-11-01' WHERE code = 'B-09'").run();
    expect(await measures(q("messnetz"))).toEqual([]);
  });
});

describe("KPI search", () => {
  it("finds KPIs by title, description and unit, with the same folding", async () => {
    expect(await kpis(q("online dienste"))).toEqual(["online-services"]);
    expect(await kpis(q("Online-Dienste"))).toEqual(["online-services"]);
    expect(await kpis(q("buergeramt"))).toEqual(["processing-days"]);
    expect(await kpis(q("Anzahl"))).toEqual(["online-services"]);
  });

  it("ranks a title match first, before the order of the fields", async () => {
    // Without a search online-services (field A) comes first; "Bearbeitungsdauer" is the title of the other.
    expect(await kpis("")).toEqual(["online-services", "processing-days"]);
    expect(await kpis(q("Bearbeitungsdauer"))).toEqual(["processing-days", "online-services"]);
  });

  it("combines with the field filter", async () => {
    expect(await kpis(`${q("Bearbeitungsdauer")}&field=A`)).toEqual(["online-services"]);
  });

  it("never finds a KPI the reader may not see", async () => {
    const { lastInsertRowid: id } = db
      .prepare(
        `INSERT INTO kpis (slug, field_id, title, unit, direction, baseline_date, baseline_value, position, is_public)
         VALUES ('secret-kpi', (SELECT id FROM fields WHERE code = 'A'), 'Geheime Quote', '%', 'higher', '2023-01-01', 1, 9, 0)`,
      )
      .run();
    db.prepare("INSERT INTO kpi_targets (kpi_id, date, value, is_final) VALUES (?, '2027-12-31', 2, 1)").run(id);
    expect(await kpis(q("Geheime Quote"))).toEqual([]);
    const council = await signIn(app, USERS.council);
    const res = await app.request(`/api/v1/kpis?${q("Geheime Quote")}`, { headers: { cookie: council } });
    expect(kpiListResponseSchema.parse(await res.json()).items.map((k) => k.id)).toEqual(["secret-kpi"]);
  });

  it("answers 400 naming q for hostile input and is safe with FTS syntax", async () => {
    for (const raw of ["%00", "%22", "*"]) {
      const { status, body } = await getJson(app, `/api/v1/kpis?q=${raw}`);
      expect(status).toBe(400);
      expect(errorResponseSchema.parse(body).error.param).toBe("q");
    }
    expect(await kpis(q('"Online" OR NEAR(x*)'))).toEqual([]);
  });
});

describe("search on the Essen demo data", () => {
  const essen = createTestApp(FIXTURES.essen);
  afterAll(essen.cleanup);

  it("finds every public measure that mentions Open Data, however the query writes it", async () => {
    // The oracle: a plain regular expression over the seed file, independent of the search code.
    const seed = JSON.parse(readFileSync(`${FIXTURES.essen}/measures.json`, "utf8")) as Array<Record<string, unknown>>;
    const expected = seed
      .filter((m) => m.isPublic !== false)
      .filter((m) => /open[\s-]?data/i.test([m.code, m.title, m.summary, m.description, m.department].join(" ")))
      .map((m) => String(m.code))
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(6);
    for (const text of ["Open Data", "Open-Data", "opendata", "OPEN data"]) {
      const { body } = await getJson(essen.app, `/api/v1/measures?${q(text)}&pageSize=100`);
      const found = measureListResponseSchema.parse(body).items.map((m) => m.code);
      expect([...found].sort(), text).toEqual(expected);
    }
  });
});
