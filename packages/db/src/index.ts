export { openDatabase, type Db } from "./connection";
export { migrate } from "./migrate";
export { readSeed, SeedError, type SeedData } from "./seed/read-seed";
export { writeSeed, seedIfEmpty, isEmpty } from "./seed/write-seed";
export { strategyQueries } from "./queries/strategy";
export { measureQueries } from "./queries/measures";
export { kpiQueries } from "./queries/kpis";
export { progressQueries } from "./queries/progress";
export type { ReadScope } from "./queries/measure-state";
