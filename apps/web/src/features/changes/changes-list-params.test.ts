import { describe, expect, it } from "vitest";
import { listHref, overviewHref, readListChoice } from "./changes-list-params";

describe("the address of a list in full", () => {
  it("keeps the period and names field, list and page", () => {
    expect(listHref({ from: "2026-09-22", to: "2026-11-27" }, "HF3", "statusChanges")).toBe(
      "/aenderungen?von=2026-09-22&bis=2026-11-27&feld=HF3&liste=status",
    );
    expect(listHref({}, "HF3", "becameStale", 2)).toBe("/aenderungen?feld=HF3&liste=ueberfaellig&seite=2");
  });

  it("is read back from the URL; without field or a known list it is the overview", () => {
    expect(readListChoice(new URLSearchParams("von=2026-09-22&feld=HF3&liste=status&seite=2"))).toEqual({ field: "HF3", kind: "statusChanges", page: 2 });
    expect(readListChoice(new URLSearchParams("feld=HF3&liste=zeitplan"))).toEqual({ field: "HF3", kind: "replanned", page: 1 });
    expect(readListChoice(new URLSearchParams("feld=HF3&liste=quatsch"))).toBeNull();
    expect(readListChoice(new URLSearchParams("liste=status"))).toBeNull();
  });

  it("passes a page that is no whole number on, so the API can say what is wrong", () => {
    expect(readListChoice(new URLSearchParams("feld=HF3&liste=status&seite=zwei"))?.page).toBe("zwei");
  });

  it("leads back to the overview of the same period", () => {
    expect(overviewHref(new URLSearchParams("von=2026-09-22&bis=2026-11-27&feld=HF3&liste=status&seite=2"))).toBe(
      "/aenderungen?von=2026-09-22&bis=2026-11-27",
    );
    expect(overviewHref(new URLSearchParams("feld=HF3&liste=status"))).toBe("/aenderungen");
  });
});
