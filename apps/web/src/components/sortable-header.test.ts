import { describe, expect, it } from "vitest";
import { nextSort } from "./sortable-header";

describe("nextSort", () => {
  it("flips the order of the sorted column", () => {
    expect(nextSort({ sort: "code", order: "asc" }, "code")).toEqual({ sort: "code", order: "desc" });
    expect(nextSort({ sort: "code", order: "desc" }, "code")).toEqual({ sort: "code", order: "asc" });
  });
  it("starts a new column ascending", () => {
    expect(nextSort({ sort: "code", order: "desc" }, "title")).toEqual({ sort: "title", order: "asc" });
  });
});
