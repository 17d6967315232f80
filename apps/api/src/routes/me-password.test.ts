import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, sessionResponseSchema } from "@sm/domain";
import { createTestApp, send, signIn, TEST_PASSWORD, USERS } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

const change = (cookie: string | undefined, currentPassword: string, newPassword: string) =>
  send(app, "POST", "/api/v1/me/password", { currentPassword, newPassword }, cookie);
const whoIs = async (cookie: string) => sessionResponseSchema.parse(await (await send(app, "GET", "/api/v1/session", undefined, cookie)).json()).user;
const fieldOf = async (res: Response) => Object.keys(errorResponseSchema.parse(await res.json()).error.fields ?? {});

describe("changing one's own password", () => {
  it("needs a session", async () => {
    expect((await change(undefined, TEST_PASSWORD, "Tintenfisch Rathaus Gießkanne")).status).toBe(401);
  });

  it("needs the current password and a strong new one", async () => {
    const cookie = await signIn(app, USERS.council);
    const wrong = await change(cookie, "falsch-falsch-falsch", "Tintenfisch Rathaus Gießkanne");
    expect(wrong.status).toBe(400);
    expect(await fieldOf(wrong)).toEqual(["currentPassword"]);
    for (const weak of ["aaaaaaaaaaaa", " ".repeat(12), USERS.council, "rat@test.example-2026"]) {
      const res = await change(cookie, TEST_PASSWORD, weak);
      expect(res.status, weak).toBe(400);
      expect(await fieldOf(res)).toEqual(["newPassword"]);
    }
  });

  it("changes it, keeps this session and ends the person's other sessions", async () => {
    const here = await signIn(app, USERS.lead2);
    const elsewhere = await signIn(app, USERS.lead2);
    expect((await change(here, TEST_PASSWORD, "Tintenfisch Rathaus Gießkanne")).status).toBe(204);
    expect(await whoIs(here)).toMatchObject({ email: USERS.lead2 });
    expect(await whoIs(elsewhere)).toBeNull();
    await expect(signIn(app, USERS.lead2)).rejects.toThrow(/401/);
    expect(await whoIs(await signIn(app, USERS.lead2, "Tintenfisch Rathaus Gießkanne"))).toMatchObject({ email: USERS.lead2 });
  });
});
