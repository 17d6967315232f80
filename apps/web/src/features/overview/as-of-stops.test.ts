import { describe, expect, it } from "vitest";
import { asOfStops, stopIndexFor } from "./as-of-stops";

const horizon = { start: "2023-01-01", end: "2027-12-31" };

describe("asOfStops", () => {
  it("offers every month end up to today, and today last", () => {
    const stops = asOfStops(horizon, "2023-04-12");
    expect(stops).toEqual(["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-12"]);
  });

  it("does not repeat today when it is a month end", () => {
    expect(asOfStops(horizon, "2023-03-31")).toEqual(["2023-01-31", "2023-02-28", "2023-03-31"]);
  });

  it("ends at the horizon's end once the strategy is over", () => {
    const stops = asOfStops(horizon, "2028-06-01");
    expect(stops).toHaveLength(60);
    expect(stops.at(-1)).toBe("2027-12-31");
  });

  it("offers nothing before the horizon starts", () => {
    expect(asOfStops(horizon, "2022-12-31")).toEqual([]);
  });

  it("has a single stop on the first day", () => {
    expect(asOfStops(horizon, "2023-01-01")).toEqual(["2023-01-01"]);
  });
});

describe("stopIndexFor", () => {
  const stops = ["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-12"];

  it("finds the stop of a date between month ends", () => {
    expect(stopIndexFor(stops, "2023-03-15")).toBe(1);
    expect(stopIndexFor(stops, "2023-03-31")).toBe(2);
    expect(stopIndexFor(stops, "2023-04-12")).toBe(3);
  });

  it("puts an early date on the first stop", () => {
    expect(stopIndexFor(stops, "2023-01-05")).toBe(0);
  });
});
