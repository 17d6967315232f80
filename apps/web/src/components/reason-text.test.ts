import { describe, expect, it } from "vitest";
import { shortReason } from "./reason-text";

describe("shortReason", () => {
  it("keeps a reason that fits", () => {
    expect(shortReason("Brandschutzabnahme steht aus")).toEqual({ text: "Brandschutzabnahme steht aus", cut: false });
    expect(shortReason("x".repeat(80))).toEqual({ text: "x".repeat(80), cut: false });
  });

  it("cuts a long reason at the last whole word, without trailing punctuation", () => {
    const reason = "Migration der Altakten aufwendiger als geplant, Rollout in zwei Dezernaten verschoben";
    expect(shortReason(reason, 60)).toEqual({ text: "Migration der Altakten aufwendiger als geplant, Rollout in …", cut: true });
    expect(shortReason(`${reason} und neu geplant`).text).toBe("Migration der Altakten aufwendiger als geplant, Rollout in zwei Dezernaten …");
    expect(shortReason("Vergabe nach Rüge eines Bieters gestoppt, Nachprüfungsverfahren läuft", 45)).toEqual({
      text: "Vergabe nach Rüge eines Bieters gestoppt …",
      cut: true,
    });
  });

  it("cuts a word too long for any boundary mid-word", () => {
    expect(shortReason("Informationssicherheitsmanagementsystemeinführung verzögert", 20)).toEqual({ text: "Informationssicherhe …", cut: true });
  });

  it("folds runs of white space", () => {
    expect(shortReason("  Lieferung\n verspätet ")).toEqual({ text: "Lieferung verspätet", cut: false });
  });
});
