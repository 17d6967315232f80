import { describe, expect, it } from "vitest";
import { signalAddsToStatus } from "./signal-badge";

describe("signalAddsToStatus", () => {
  it("leaves out what the status already says", () => {
    expect(signalAddsToStatus("done", "done")).toBe(false);
    expect(signalAddsToStatus("cancelled", "cancelled")).toBe(false);
    expect(signalAddsToStatus("planned", "not_started")).toBe(false);
  });

  it("keeps a signal that tells whether the plan holds", () => {
    expect(signalAddsToStatus("in_progress", "behind")).toBe(true);
    expect(signalAddsToStatus("delayed", "critical")).toBe(true);
    // A planned measure whose start has passed is late, which "geplant" does not say.
    expect(signalAddsToStatus("planned", "behind")).toBe(true);
  });
});
