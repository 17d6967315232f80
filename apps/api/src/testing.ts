import { createTestDb, FIXTURES } from "@sm/db/testing";
import { createApp } from "./app";

/** The fixed "now" of API tests: 27 Nov 2026, midday in Essen. */
export const TEST_NOW = new Date("2026-11-27T11:00:00Z");

/** An app around its own temporary database; call cleanup in afterAll. */
export function createTestApp(seedDir: string | null = FIXTURES.mini) {
  const { db, cleanup } = createTestDb(seedDir);
  const app = createApp({ db, clock: () => TEST_NOW });
  return { app, db, cleanup };
}

/** GET a path and return status plus parsed JSON body. */
export async function getJson(app: ReturnType<typeof createApp>, path: string) {
  const res = await app.request(path);
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: (await res.json()) as unknown };
}
