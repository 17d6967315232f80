import { describe, expect, it } from "vitest";
import { parseFieldSort, sortMeasures } from "./sort-measures";

const m = (
  code: string,
  title: string,
  status: "done" | "planned" | "in_progress",
  progress: number,
  plannedEnd: string,
  lastUpdate: string | null = null,
) => ({
  code,
  lastUpdate,
  title,
  status,
  progress,
  plannedEnd,
  signal: status === "done" ? ("done" as const) : ("on_track" as const),
});
const items = [
  m("HF1-10", "Zentrale Terminvergabe", "in_progress", 40, "2026-06-30", "2025-03-01"),
  m("HF1-2", "Änderungsmeldung online", "done", 100, "2024-12-31", "2024-12-15"),
  m("HF1-3", "Bürgerkonto", "planned", 0, "2027-12-31"),
];
const codes = (list: Array<{ code: string }>) => list.map((x) => x.code);

describe("sortMeasures", () => {
  it("sorts codes naturally", () => {
    expect(codes(sortMeasures(items, "code", "asc"))).toEqual(["HF1-2", "HF1-3", "HF1-10"]);
  });
  it("sorts German titles with umlauts in dictionary order", () => {
    expect(codes(sortMeasures(items, "title", "asc"))).toEqual(["HF1-2", "HF1-3", "HF1-10"]);
  });
  it("sorts status in the vocabulary's order and progress descending", () => {
    expect(codes(sortMeasures(items, "status", "asc"))).toEqual(["HF1-3", "HF1-10", "HF1-2"]);
    expect(codes(sortMeasures(items, "progress", "desc"))).toEqual(["HF1-2", "HF1-10", "HF1-3"]);
  });
  it("sorts by last update with never-updated measures first", () => {
    expect(codes(sortMeasures(items, "lastUpdate", "asc"))).toEqual(["HF1-3", "HF1-2", "HF1-10"]);
  });
  it("does not change its input", () => {
    const copy = [...items];
    sortMeasures(items, "plannedEnd", "desc");
    expect(items).toEqual(copy);
  });
});

describe("parseFieldSort", () => {
  it("falls back to code ascending for unknown values", () => {
    expect(parseFieldSort("drop table", "sideways")).toEqual({ sort: "code", order: "asc" });
    expect(parseFieldSort("signal", "desc")).toEqual({ sort: "signal", order: "desc" });
  });
});
