import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, onTrackSignal } from "@sm/domain/web";
import { signalRules } from "./signal-rules";

const conditions = (ahead: number, onTrack: number, behind: number) =>
  Object.fromEntries(signalRules({ ahead, onTrack, behind }).map((rule) => [rule.signal, rule.condition]));

describe("signalRules", () => {
  it("says the default rule in words", () => {
    expect(signalRules(DEFAULT_THRESHOLDS)).toEqual([
      { signal: "ahead", condition: "mindestens 10 Prozentpunkte vor dem Plan" },
      { signal: "on_track", condition: "höchstens 10 Prozentpunkte hinter und weniger als 10 Prozentpunkte vor dem Plan" },
      { signal: "behind", condition: "mehr als 10, aber höchstens 25 Prozentpunkte hinter dem Plan" },
      { signal: "critical", condition: "mehr als 25 Prozentpunkte hinter dem Plan" },
    ]);
  });

  it("follows the strategy's own numbers", () => {
    expect(conditions(5, -15, -30)).toEqual({
      ahead: "mindestens 5 Prozentpunkte vor dem Plan",
      on_track: "höchstens 15 Prozentpunkte hinter und weniger als 5 Prozentpunkte vor dem Plan",
      behind: "mehr als 15, aber höchstens 30 Prozentpunkte hinter dem Plan",
      critical: "mehr als 30 Prozentpunkte hinter dem Plan",
    });
  });

  it("writes decimals the German way and one point in the singular", () => {
    expect(conditions(7.5, -1, -12.25)).toEqual({
      ahead: "mindestens 7,5 Prozentpunkte vor dem Plan",
      on_track: "höchstens 1 Prozentpunkt hinter und weniger als 7,5 Prozentpunkte vor dem Plan",
      behind: "mehr als 1, aber höchstens 12,25 Prozentpunkte hinter dem Plan",
      critical: "mehr als 12,25 Prozentpunkte hinter dem Plan",
    });
  });

  it("handles thresholds at zero and on the same side of the plan", () => {
    expect(conditions(20, 0, -10)).toEqual({
      ahead: "mindestens 20 Prozentpunkte vor dem Plan",
      on_track: "genau im Plan oder weniger als 20 Prozentpunkte davor",
      behind: "hinter dem Plan, aber höchstens 10 Prozentpunkte",
      critical: "mehr als 10 Prozentpunkte hinter dem Plan",
    });
    expect(conditions(0, -5, -20).ahead).toBe("genau im Plan oder davor");
    expect(conditions(30, 10, 0)).toEqual({
      ahead: "mindestens 30 Prozentpunkte vor dem Plan",
      on_track: "mindestens 10, aber weniger als 30 Prozentpunkte vor dem Plan",
      behind: "genau im Plan oder weniger als 10 Prozentpunkte davor",
      critical: "hinter dem Plan",
    });
    expect(conditions(-2, -5, -20).ahead).toBe("höchstens 2 Prozentpunkte hinter dem Plan oder davor");
    expect(conditions(30, 20, 5).critical).toBe("weniger als 5 Prozentpunkte vor dem Plan oder dahinter");
  });

  it("puts each rule's boundary where the signal itself changes", () => {
    // At a threshold the better signal applies ("mindestens", "höchstens … hinter"), just below it the worse.
    const t = { ahead: 5, onTrack: -15, behind: -30 };
    const signalAt = (gap: number) => onTrackSignal({ status: "in_progress", actual: 50 + gap, planned: 50 }, t);
    expect([5, 4.9, -15, -15.1, -30, -30.1].map(signalAt)).toEqual(["ahead", "on_track", "on_track", "behind", "behind", "critical"]);
  });
});
