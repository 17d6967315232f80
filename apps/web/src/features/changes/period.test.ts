import { describe, expect, it } from "vitest";
import { dateInputValue, periodErrorText, periodParams, periodSentence, readPeriod, sessionAtStart, sessionOptionLabel } from "./period";

const sessions = [
  { date: "2025-03-11", title: "1. Sitzung 2025" },
  { date: "2026-09-22", title: "3. Sitzung 2026" },
];

describe("readPeriod and periodParams", () => {
  it("reads von and bis from the URL and leaves out what is missing", () => {
    expect(readPeriod(new URLSearchParams("von=2025-03-11&bis=2026-11-27"))).toEqual({ from: "2025-03-11", to: "2026-11-27" });
    expect(readPeriod(new URLSearchParams("bis=2026-11-27&von="))).toEqual({ to: "2026-11-27" });
    expect(readPeriod(new URLSearchParams(""))).toEqual({});
  });

  it("passes a malformed date on, so the API can say what is wrong", () => {
    expect(readPeriod(new URLSearchParams("von=31.12.2025"))).toEqual({ from: "31.12.2025" });
  });

  it("writes only the dates that are set", () => {
    expect(periodParams({ from: "2025-03-11", to: "" }).toString()).toBe("von=2025-03-11");
    expect(periodParams({ from: " 2025-03-11 ", to: "2026-11-27" }).toString()).toBe("von=2025-03-11&bis=2026-11-27");
    expect(periodParams({}).toString()).toBe("");
  });

  it("gives a date input only well-formed dates", () => {
    expect(dateInputValue("2025-03-11")).toBe("2025-03-11");
    expect(dateInputValue("31.12.2025")).toBe("");
    expect(dateInputValue(undefined)).toBe("");
  });
});

describe("sessions", () => {
  it("labels a session as the start of a period", () => {
    expect(sessionOptionLabel(sessions[0]!)).toBe("Seit Sitzung vom 11.03.2025 – 1. Sitzung 2025");
  });

  it("finds the session a period starts at: the API's default, else one on the start date", () => {
    const since = { date: "2026-09-22", title: "vom Server" };
    expect(sessionAtStart({ from: "2026-09-22", since }, sessions)).toBe(since);
    expect(sessionAtStart({ from: "2025-03-11", since: null }, sessions)).toEqual(sessions[0]);
    expect(sessionAtStart({ from: "2025-03-12", since: null }, sessions)).toBeNull();
  });

  it("states the period in a sentence, naming the session when there is one", () => {
    expect(periodSentence({ from: "2025-03-11", to: "2026-11-27" }, sessions[0]!)).toBe(
      "Zeitraum: 11.03.2025 bis 27.11.2026 (seit der Sitzung „1. Sitzung 2025“)",
    );
    expect(periodSentence({ from: "2025-03-12", to: "2026-11-27" }, null)).toBe("Zeitraum: 12.03.2025 bis 27.11.2026");
  });
});

describe("periodErrorText", () => {
  it("names the form's inputs instead of the API's parameters", () => {
    expect(periodErrorText("Ungültiger Parameter „from“: der Beginn liegt nach dem Ende des Zeitraums")).toEqual({
      message: "Ungültiger Parameter „Von“: der Beginn liegt nach dem Ende des Zeitraums",
      reason: "Der Beginn liegt nach dem Ende des Zeitraums",
    });
  });

  it("keeps a message of another shape as it is", () => {
    expect(periodErrorText("Die Daten konnten nicht geladen werden.")).toEqual({
      message: "Die Daten konnten nicht geladen werden.",
      reason: "Die Daten konnten nicht geladen werden.",
    });
  });
});
