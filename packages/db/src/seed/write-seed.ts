import type { Db } from "../connection";
import { hashPasswordSync } from "../passwords";
import { planRevisionWriter } from "../writes/plan-revisions";
import { batchedInsert, suspendForBulkInsert } from "./bulk-load";
import { openSeed, type SeedCounts, type SeedData, type SeedHead, type SeedRowSink } from "./read-seed";

export function isEmpty(db: Db): boolean {
  return db.prepare("SELECT 1 FROM strategy LIMIT 1").get() === undefined;
}

/**
 * Writes validated seed data into an empty, migrated database in one transaction: either the whole
 * strategy lands or nothing does. It never touches a database that already holds a strategy.
 */
export function writeSeed(db: Db, data: SeedData): void {
  writeInOneTransaction(db, data, (sink) => {
    for (const u of data.updates) sink.update(u);
    for (const v of data.kpiValues) sink.kpiValue(v);
  });
}

/**
 * Seeds an empty, migrated database from a strategy folder, reading the large CSV files row by row
 * into the database rather than into memory. Still one transaction: a row that does not hold, found
 * after thousands were written, rolls all of them back, and SeedError lists every problem as
 * readSeed would.
 */
export function seedFromDir(db: Db, dir: string): SeedCounts {
  if (!isEmpty(db)) throw new Error("Die Datenbank enthält bereits eine Strategie; sie wird nicht überschrieben.");
  const seed = openSeed(dir);
  // Small files that do not hold: nothing is written, but every row is still checked and reported.
  if (!seed.head) return seed.readRows({ update: () => {}, kpiValue: () => {} });
  let counts: SeedCounts | undefined;
  writeInOneTransaction(db, seed.head, (sink) => {
    counts = seed.readRows(sink);
  });
  return counts!;
}

function writeInOneTransaction(db: Db, data: SeedHead, fillRows: (sink: SeedRowSink) => void): void {
  if (!isEmpty(db)) throw new Error("Die Datenbank enthält bereits eine Strategie; sie wird nicht überschrieben.");
  const s = data.strategy;
  const insertStrategy = db.prepare(
    `INSERT INTO strategy (id, title, city, description, adopted_on, horizon_start, horizon_end, municipality_key,
       licence_name, licence_url, update_interval_days, sources_json, signal_ahead, signal_on_track, signal_behind)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGroup = db.prepare("INSERT INTO target_groups (key, label, position) VALUES (?, ?, ?)");
  const insertTopic = db.prepare("INSERT INTO topics (key, label, position) VALUES (?, ?, ?)");
  const insertField = db.prepare(
    "INSERT INTO fields (code, title, short_title, description, colour, position) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertMeasure = db.prepare(
    `INSERT INTO measures (code, field_id, title, summary, description, department, planned_start, planned_end,
       actual_start, actual_end, is_public, risk)
     VALUES (?, (SELECT id FROM fields WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasureGroup = db.prepare("INSERT INTO measure_target_groups (measure_id, group_key) VALUES (?, ?)");
  const insertMeasureTopic = db.prepare("INSERT INTO measure_topics (measure_id, topic_key) VALUES (?, ?)");
  const insertMilestone = db.prepare(
    "INSERT INTO milestones (measure_id, title, planned_date, completed_date, position) VALUES (?, ?, ?, ?, ?)",
  );
  const insertKpi = db.prepare(
    `INSERT INTO kpis (slug, field_id, title, description, unit, direction, decimals, frequency, baseline_date,
       baseline_value, baseline_source_url, baseline_is_example, position)
     VALUES (?, (SELECT id FROM fields WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertKpiMeasure = db.prepare(
    "INSERT INTO kpi_measures (kpi_id, measure_id) VALUES (?, (SELECT id FROM measures WHERE code = ?))",
  );
  const insertTarget = db.prepare("INSERT INTO kpi_targets (kpi_id, date, value, is_final) VALUES (?, ?, ?, ?)");

  const milestoneByTitle = db.prepare<[string, string], { id: number }>(
    `SELECT ms.id FROM milestones ms JOIN measures m ON m.id = ms.measure_id
     WHERE m.code = ? AND ms.title = ? ORDER BY ms.position LIMIT 1`,
  );
  const currentSpan = db.prepare<[string], { id: number; planned_start: string; planned_end: string }>(
    "SELECT id, planned_start, planned_end FROM measures WHERE code = ?",
  );
  const plans = planRevisionWriter(db);
  const insertSession = db.prepare("INSERT INTO committee_sessions (date, title) VALUES (?, ?)");
  const insertUser = db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)");
  const assignLead = db.prepare("UPDATE measures SET lead_user_id = ? WHERE code = ?");
  const assignDeputy = db.prepare("UPDATE measures SET deputy_user_id = ? WHERE code = ?");
  // Hashing is slow on purpose; do it before the transaction holds the write lock.
  const demoUsers = data.demoUsers.map((u) => ({ ...u, hash: hashPasswordSync(u.password) }));

  const transaction = db.transaction(() => {
    insertStrategy.run(
      s.title, s.city, s.description, s.adoptedOn, s.horizon.start, s.horizon.end, s.municipalityKey ?? null,
      s.dataLicence.name, s.dataLicence.url, s.updateIntervalDays, JSON.stringify(s.sources),
      s.signalThresholds.ahead, s.signalThresholds.onTrack, s.signalThresholds.behind,
    );
    s.targetGroups.forEach((g, i) => insertGroup.run(g.key, g.label, i));
    s.topics.forEach((t, i) => insertTopic.run(t.key, t.label, i));
    data.fields.forEach((f, i) => insertField.run(f.code, f.title, f.shortTitle, f.description, f.colour, i));
    // Ids by code for the rows of the large files: a map lookup, not a subquery per row.
    const measureIds = new Map<string, number>();
    const kpiIds = new Map<string, number>();
    for (const m of data.measures) {
      const { lastInsertRowid: id } = insertMeasure.run(
        m.code, m.field, m.title, m.summary, m.description, m.department, m.plannedStart, m.plannedEnd,
        m.actualStart, m.actualEnd, m.isPublic ? 1 : 0, m.risk,
      );
      measureIds.set(m.code, Number(id));
      for (const g of m.targetGroups) insertMeasureGroup.run(id, g);
      for (const t of m.topics) insertMeasureTopic.run(id, t);
      // measures.json holds the plan as adopted: the baseline every later revision starts from.
      const adopted = { date: s.adoptedOn, authorId: null, at: null };
      plans.measureBaseline(Number(id), { start: m.plannedStart, end: m.plannedEnd }, adopted);
      m.milestones.forEach((ms, i) => {
        const { lastInsertRowid: milestoneId } = insertMilestone.run(id, ms.title, ms.plannedDate, ms.completedDate, i);
        plans.milestoneBaseline(Number(milestoneId), ms.plannedDate, adopted);
      });
    }
    const byDate = [...data.planChanges].sort((a, b) => a.date.localeCompare(b.date));
    for (const c of byDate) {
      const by = { date: c.date, authorId: null, at: null };
      if (c.milestone) {
        plans.reviseMilestone(milestoneByTitle.get(c.measure, c.milestone)!.id, c.plannedDate!, c.reason, by);
      } else {
        const m = currentSpan.get(c.measure)!;
        plans.reviseMeasure(m.id, { start: c.plannedStart ?? m.planned_start, end: c.plannedEnd ?? m.planned_end }, c.reason, by);
      }
    }
    data.kpis.forEach((k, i) => {
      const { lastInsertRowid: id } = insertKpi.run(
        k.id, k.field, k.title, k.description, k.unit, k.direction, k.decimals, k.frequency, k.baseline.date,
        k.baseline.value, k.baseline.sourceUrl, k.baseline.isExample ? 1 : 0, i,
      );
      kpiIds.set(k.id, Number(id));
      for (const code of k.measures) insertKpiMeasure.run(id, code);
      for (const t of k.interimTargets) insertTarget.run(id, t.date, t.value, 0);
      insertTarget.run(id, k.target.date, k.target.value, 1);
    });
    for (const s of data.committeeSessions) insertSession.run(s.date, s.title);
    for (const u of demoUsers) {
      const { lastInsertRowid: id } = insertUser.run(u.email.toLowerCase(), u.name, u.role, u.hash);
      for (const code of u.leads) assignLead.run(id, code);
      for (const code of u.deputises) assignDeputy.run(id, code);
    }

    // The rows of the large files come last, each table written in one go.
    const bulk = suspendForBulkInsert(db, ["measure_updates", "kpi_values"]);
    const updates = batchedInsert(db, "measure_updates", ["measure_id", "date", "status", "progress", "comment", "reason", "internal_note"]);
    const values = batchedInsert(db, "kpi_values", ["kpi_id", "date", "value", "source_url", "source_label", "is_example", "note"]);
    const written = { measure_updates: 0, kpi_values: 0 };
    fillRows({
      update(u) {
        updates.add(measureIds.get(u.measure), u.date, u.status, u.progress, u.comment, u.reason, u.internalNote);
        written.measure_updates++;
      },
      kpiValue(v) {
        values.add(kpiIds.get(v.kpi), v.date, v.value, v.sourceUrl, v.sourceLabel, v.isExample ? 1 : 0, v.note);
        written.kpi_values++;
      },
    });
    updates.flush();
    values.flush();
    bulk.restore(written);
  });
  // A larger page cache while the rows go in, so fewer pages spill to the WAL before the commit.
  const cacheSize = db.pragma("cache_size", { simple: true }) as number;
  db.pragma(`cache_size = ${Math.min(cacheSize, -32 * 1024)}`);
  try {
    transaction.immediate();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** Seeds from a strategy folder when the database is empty; a second start keeps existing data. */
export function seedIfEmpty(db: Db, dir: string): { seeded: boolean } {
  if (!isEmpty(db)) return { seeded: false };
  seedFromDir(db, dir);
  return { seeded: true };
}
