import { describe, expect, it } from "vitest";
import type { FieldChanges } from "@sm/domain/web";
import { committeeLine, reportAudience, reportDocumentTitle, sessionFor } from "./report-texts";

const field = (over: Partial<FieldChanges> = {}): FieldChanges => ({
  code: "HF1",
  title: "Verwaltung",
  statusChanges: [],
  progressChanges: [],
  completed: [],
  becameLate: [],
  replanned: [],
  becameStale: [],
  newKpiValues: [],
  projectionTurned: [],
  totals: { statusChanges: 0, progressChanges: 0, completed: 0, becameLate: 0, replanned: 0, becameStale: 0, newKpiValues: 0, projectionTurned: 0 },
  ...over,
});

const sessions = [
  { date: "2026-12-08", title: "4. Sitzung 2026" },
  { date: "2026-06-16", title: "2. Sitzung 2026" },
  { date: "2026-09-22", title: "3. Sitzung 2026" },
];

describe("reportAudience", () => {
  it("is the council's version when the server sent internal notes, even an empty list", () => {
    expect(reportAudience({ fields: [field({ internalNotes: [] }), field()] })).toBe("council");
  });

  it("is the public version otherwise", () => {
    expect(reportAudience({ fields: [field(), field()] })).toBe("public");
    expect(reportAudience({ fields: [] })).toBe("public");
  });
});

describe("sessionFor and committeeLine", () => {
  it("writes the report for the next session on or after the period's end", () => {
    expect(sessionFor(sessions, "2026-11-27")).toEqual(sessions[0]);
    expect(sessionFor(sessions, "2026-09-22")).toEqual(sessions[2]);
    expect(sessionFor(sessions, "2027-01-10")).toBeNull();
  });

  it("names the session and its date, or just the committee", () => {
    expect(committeeLine(sessions[0]!)).toBe("Bericht für den Ausschuss: 4. Sitzung 2026 am 08.12.2026");
    expect(committeeLine(null)).toBe("Bericht für den Ausschuss");
  });
});

describe("reportDocumentTitle", () => {
  it("names the period in German dates", () => {
    expect(reportDocumentTitle({ from: "2026-09-22", to: "2026-11-27" })).toBe("Bericht 22.09.2026 bis 27.11.2026");
    expect(reportDocumentTitle(undefined)).toBe("Bericht");
  });
});

