import { describe, expect, it } from "vitest";
import { actionLabel, auditSearch, detailLines, readAuditFilters, toAuditParams } from "./audit-filters";

describe("audit filters", () => {
  it("reads the URL and drops what the API cannot use", () => {
    const f = readAuditFilters(new URLSearchParams("aktion=measure.update&person=3&von=2026-11-01&bis=2026-13-01&seite=2"));
    expect(f).toEqual({ aktion: "measure.update", person: "3", objekt: "", von: "2026-11-01", bis: "", seite: 2 });
    expect(readAuditFilters(new URLSearchParams("person=abc&seite=-1"))).toMatchObject({ person: "", seite: 1 });
  });

  it("asks the API only for the filters that are set", () => {
    const f = readAuditFilters(new URLSearchParams("aktion=measure.update&person=3&seite=2"));
    expect(toAuditParams(f)).toEqual({ page: "2", pageSize: "50", action: "measure.update", actorId: "3" });
  });

  it("starts a new search on page 1", () => {
    expect(auditSearch({ aktion: "", person: "3", objekt: "", von: "", bis: "" }).toString()).toBe("person=3");
    expect(auditSearch({ aktion: "", person: "", objekt: "", von: "", bis: "" }, 3).toString()).toBe("seite=3");
  });

  it("names actions and details in German", () => {
    expect(actionLabel("session.sign_in_failed")).toBe("Anmeldung fehlgeschlagen");
    expect(actionLabel("something.new")).toBe("something.new");
    expect(detailLines({ email: "a@b.example", lead: ["HF1-09"], changes: [{ field: "isPublic", from: true, to: false }] })).toEqual([
      "email: a@b.example",
      'lead: ["HF1-09"]',
      "Sichtbarkeit: öffentlich → nicht öffentlich",
    ]);
  });
});
