import { describe, expect, it } from "vitest";
import { hashPassword, hashPasswordSync, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("richtig-langes-Passwort");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain("richtig");
    expect(await verifyPassword("richtig-langes-Passwort", hash)).toBe(true);
    expect(await verifyPassword("falsch-langes-Passwort", hash)).toBe(false);
  });

  it("salts every hash", () => {
    expect(hashPasswordSync("gleiches-Passwort!")).not.toBe(hashPasswordSync("gleiches-Passwort!"));
  });

  it("rejects a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
