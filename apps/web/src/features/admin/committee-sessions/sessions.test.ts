import { describe, expect, it } from "vitest";
import { checkNewSession, sessionName, sessionOn } from "./sessions";

const sessions = [
  { date: "2026-09-22", title: "3. Sitzung 2026" },
  { date: "2026-12-08", title: "4. Sitzung 2026" },
];

describe("committee sessions", () => {
  it("names a session by its German date", () => {
    expect(sessionName("2026-12-08")).toBe("Sitzung vom 08.12.2026");
  });

  it("finds the session on a date", () => {
    expect(sessionOn("2026-12-08", sessions)?.title).toBe("4. Sitzung 2026");
    expect(sessionOn("2026-12-09", sessions)).toBeUndefined();
  });

  it("accepts a new date and trims the title", () => {
    expect(checkNewSession({ date: "2027-02-02", title: " Sondersitzung " }, sessions)).toEqual({
      ok: true,
      date: "2027-02-02",
      title: "Sondersitzung",
    });
  });

  it("asks for a date, and refuses one that already has a session instead of renaming it", () => {
    expect(checkNewSession({ date: "", title: "X" }, sessions)).toEqual({
      ok: false,
      errors: { date: "Bitte geben Sie das Datum der Sitzung an" },
    });
    const taken = checkNewSession({ date: "2026-12-08", title: "X" }, sessions);
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.errors.date).toContain("„4. Sitzung 2026“");
  });
});
