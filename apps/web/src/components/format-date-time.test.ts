import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format-date-time";

describe("formatDateTime", () => {
  it("shows UTC timestamps in Essen's time", () => {
    expect(formatDateTime("2026-11-27T11:00:00.000Z")).toBe("27.11.2026, 12:00");
    expect(formatDateTime("2026-07-01T11:00:00Z")).toBe("01.07.2026, 13:00");
  });
  it("leaves what is no date alone", () => {
    expect(formatDateTime("gestern")).toBe("gestern");
  });
});
