import { describe, expect, it } from "vitest";
import { parseDecimal } from "./parse-decimal";

describe("parseDecimal", () => {
  it("reads German and spreadsheet notation", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1.234")).toBe(1234);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal("-3")).toBe(-3);
    expect(parseDecimal(" 42 ")).toBe(42);
  });
  it("rejects what is no number", () => {
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("zwölf")).toBeNull();
    expect(parseDecimal("1,2,3")).toBeNull();
  });
});
