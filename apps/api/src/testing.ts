import { createTestDb, FIXTURES } from "@sm/db/testing";
import { createApp } from "./app";
import type { AppConfig } from "./deps";

/** The fixed "now" of API tests: 27 Nov 2026, midday in Essen. */
export const TEST_NOW = new Date("2026-11-27T11:00:00Z");

/** An app around its own temporary database; call cleanup in afterAll. */
export function createTestApp(seedDir: string | null = FIXTURES.mini, config?: Partial<AppConfig>) {
  const { db, cleanup } = createTestDb(seedDir);
  const clock = { now: TEST_NOW };
  const app = createApp({ db, clock: () => clock.now, config });
  return { app, db, cleanup, clock };
}

type App = ReturnType<typeof createApp>;
export const ORIGIN = "http://localhost";
export const TEST_PASSWORD = "Test-Passwort-123";
/** The accounts of tests/fixtures/mini/demo-users.json. */
export const USERS = {
  admin: "admin@test.example",
  council: "rat@test.example",
  lead: "lead@test.example",
  lead2: "lead2@test.example",
} as const;

/** Signs in and returns the Cookie header for further requests. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request("/api/v1/session", {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** A same-origin JSON request, optionally as a signed-in person. */
export function send(app: App, method: string, path: string, body?: unknown, cookie?: string, headers: Record<string, string> = {}) {
  return app.request(path, {
    method,
    headers: { "content-type": "application/json", origin: ORIGIN, ...(cookie ? { cookie } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** GET a path and return status plus parsed JSON body. */
export async function getJson(app: ReturnType<typeof createApp>, path: string) {
  const res = await app.request(path);
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: (await res.json()) as unknown };
}
