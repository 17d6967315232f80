/**
 * `npm run bench:data -- --out var/bench-city --measures 10000 --updates 10 --kpis 500 --values 2000`
 * writes a strategy folder for a large city in the seed format (data/<city>/), to measure how the
 * app behaves as a city's data grows: deterministic (same arguments, same files), example data
 * throughout. Strategy, fields and vocabulary come from the Essen demo.
 */
import { copyFileSync, createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "var/bench-city" },
    measures: { type: "string", default: "10000" },
    updates: { type: "string", default: "10" },
    kpis: { type: "string", default: "500" },
    values: { type: "string", default: "2000" },
  },
});
const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: eine ganze Zahl ab 1 erwartet`);
  return n;
};
const MEASURES = count("measures", values.measures);
const UPDATES = count("updates", values.updates);
const KPIS = count("kpis", values.kpis);
const VALUES = count("values", values.values);
const out = values.out!;
const essen = fileURLToPath(new URL("../data/essen/", import.meta.url));

// A small deterministic generator (mulberry32): the same city on every run.
let state = 20_230_215;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2027, 11, 31);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const between = (from: number, to: number) => from + Math.floor(random() * Math.max(1, (to - from) / DAY)) * DAY;
const FIELDS = ["HF1", "HF2", "HF3", "HF4", "HF5"];

/** Writes big CSVs line by line, so the generator's memory stays flat however large the city. */
async function writeCsv(path: string, header: string, rows: () => Generator<string>): Promise<void> {
  const stream = createWriteStream(path);
  stream.write(`${header}\n`);
  for (const row of rows()) if (!stream.write(`${row}\n`)) await new Promise<void>((r) => stream.once("drain", () => r()));
  await new Promise<void>((r) => stream.end(() => r()));
}

async function main() {
  const started = Date.now();
  mkdirSync(out, { recursive: true });
  for (const file of ["strategy.json", "fields.json"]) copyFileSync(join(essen, file), join(out, file));

  const measures = Array.from({ length: MEASURES }, (_, i) => {
    const field = FIELDS[i % FIELDS.length]!;
    const plannedStart = between(START, END - 365 * DAY);
    const plannedEnd = between(plannedStart + 90 * DAY, END);
    return {
      code: `${field}-G${String(i).padStart(5, "0")}`,
      field,
      title: `Maßnahme ${i} im ${field} (Beispiel)`,
      summary: "Erzeugte Beispielmaßnahme für Messungen.",
      plannedStart: iso(plannedStart),
      plannedEnd: iso(plannedEnd),
      targetGroups: ["citizens"],
      milestones: [{ title: "Zwischenstand", plannedDate: iso(plannedStart + (plannedEnd - plannedStart) / 2 - (((plannedEnd - plannedStart) / 2) % DAY)) }],
    };
  });
  writeFileSync(join(out, "measures.json"), JSON.stringify(measures));

  await writeCsv(join(out, "measure-updates.csv"), "measure,date,status,progress,comment", function* () {
    const last = Date.UTC(2026, 10, 27);
    for (const m of measures) {
      const from = Date.parse(`${m.plannedStart}T00:00:00Z`);
      if (from >= last) continue;
      const step = Math.max(DAY, Math.floor((last - from) / UPDATES / DAY) * DAY);
      let progress = 0;
      for (let u = 0, day = from; u < UPDATES && day <= last; u++, day += step) {
        progress = Math.min(99, progress + 1 + Math.floor(random() * 12));
        yield `${m.code},${iso(day)},in_progress,${progress},Meldung ${u + 1}`;
      }
    }
  });

  const kpis = Array.from({ length: KPIS }, (_, i) => ({
    id: `kennzahl-${i}`,
    field: FIELDS[i % FIELDS.length]!,
    measures: [measures[i % measures.length]!.code],
    title: `Kennzahl ${i} (Beispiel)`,
    unit: "Anzahl",
    direction: i % 3 === 0 ? "lower" : "higher",
    baseline: { date: "2023-02-15", value: 100, isExample: true },
    target: { date: "2027-12-31", value: i % 3 === 0 ? 50 : 200 },
  }));
  writeFileSync(join(out, "kpis.json"), JSON.stringify(kpis));

  await writeCsv(join(out, "kpi-values.csv"), "kpi,date,value,sourceUrl,sourceLabel,isExample,note", function* () {
    const span = Date.UTC(2026, 10, 27) - Date.UTC(2023, 1, 16);
    for (const k of kpis) {
      let value = 100;
      for (let v = 0; v < VALUES; v++) {
        value += (k.direction === "lower" ? -1 : 1) * random() * (100 / VALUES) * 1.5;
        const day = Date.UTC(2023, 1, 16) + Math.floor((span * v) / VALUES / DAY) * DAY;
        yield `${k.id},${iso(day)},${value.toFixed(2)},,,ja,`;
      }
    }
  });

  console.log(
    `${out}: ${MEASURES} Maßnahmen, bis zu ${UPDATES} Meldungen je Maßnahme, ${KPIS} Kennzahlen mit je ${VALUES} Werten ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s). Laden: SEED_DIR=${out} DATABASE_PATH=var/bench-city.db npm start`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
