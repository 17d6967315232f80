import { resolve } from "node:path";
import { checkSeed, SeedError } from "./read-seed";

/** `npm run seed:check -- data/essen`: validates a strategy folder without touching a database. */
const dir = resolve(process.argv[2] ?? "data/essen");
try {
  const seed = checkSeed(dir);
  console.log(
    `${dir}: gültig – ${seed.fields.length} Handlungsfelder, ${seed.measures.length} Maßnahmen, ` +
      `${seed.updates} Meldungen, ${seed.planChanges.length} Terminänderungen, ${seed.kpis.length} Kennzahlen, ${seed.kpiValues} Kennzahlwerte`,
  );
} catch (error) {
  if (error instanceof SeedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
