import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-strength";

const person = { email: "pia.projekt@stadt.example", name: "Pia Projekt" };

describe("passwordProblem", () => {
  it.each([
    ["twelve spaces", " ".repeat(12), "nicht nur Leerzeichen"],
    ["twelve NUL characters", "\u0000".repeat(12), "keine Steuerzeichen"],
    ["one letter repeated", "aaaaaaaaaaaa", "zu leicht zu erraten"],
    ["the e-mail address", "pia.projekt@stadt.example", "E-Mail-Adresse"],
    ["the name and a year", "PiaProjekt2026!", "E-Mail-Adresse"],
    ["the domain", "stadt-example-123", "E-Mail-Adresse"],
    ["a common German password", "Passwort12345", "zu leicht zu erraten"],
    ["a keyboard walk", "qwertzuiopü1", "zu leicht zu erraten"],
    ["too short", "Kurz!1", "mindestens 12 Zeichen"],
  ])("refuses %s", (_name, password, problem) => {
    expect(passwordProblem(password, person)).toContain(problem);
  });

  it("accepts a long passphrase of unrelated words", () => {
    expect(passwordProblem("Tintenfisch Rathaus Gießkanne", person)).toBeNull();
    expect(passwordProblem("Demo-Passwort-2026-Kamel", { email: "x@y.example" })).toBeNull();
  });
});

describe("short parts of a name", () => {
  it("do not make an unrelated word suspicious, while zxcvbn still weighs them", () => {
    expect(passwordProblem("Tintenfisch Rathaus Gießkanne", { email: "rat@demo.example", name: "Rita Rat" })).toBeNull();
    expect(passwordProblem("ratratratrat", { email: "rat@demo.example" })).toContain("zu leicht zu erraten");
  });
});
