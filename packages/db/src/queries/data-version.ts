import type { Db } from "../connection";

/** The version of the data (migration 0009): it moves with every write, in the writer's transaction. */
export function dataVersionQuery(db: Db): () => number {
  const read = db.prepare<[], number>("SELECT n FROM data_version WHERE id = 1").pluck();
  return () => read.get() ?? 0;
}
