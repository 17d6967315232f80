import { describe, expect, it } from "vitest";
import { FIELD_MEASURE_SORT_KEYS } from "@sm/domain/web";
import { parseFieldSort } from "./sort-measures";

describe("parseFieldSort", () => {
  it("takes every column the API sorts by, and code ascending for anything else", () => {
    for (const key of FIELD_MEASURE_SORT_KEYS) expect(parseFieldSort(key, "desc")).toEqual({ sort: key, order: "desc" });
    expect(parseFieldSort("relevance", "asc")).toEqual({ sort: "code", order: "asc" });
    expect(parseFieldSort(null, null)).toEqual({ sort: "code", order: "asc" });
    expect(parseFieldSort("title", "sideways")).toEqual({ sort: "title", order: "asc" });
  });
});
