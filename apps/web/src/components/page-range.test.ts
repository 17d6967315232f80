import { describe, expect, it } from "vitest";
import { listCaption, pageRange, pageRangeText, readPage, withPageParam } from "./page-range";

describe("pageRange", () => {
  it("gives the positions of a full, a last partial and an empty page", () => {
    expect(pageRange(1, 50, 2013)).toEqual({ first: 1, last: 50, pageCount: 41 });
    expect(pageRange(41, 50, 2013)).toEqual({ first: 2001, last: 2013, pageCount: 41 });
    expect(pageRange(42, 50, 2013)).toEqual({ first: 0, last: 0, pageCount: 41 });
    expect(pageRange(1, 50, 0)).toEqual({ first: 0, last: 0, pageCount: 1 });
  });
});

describe("pageRangeText", () => {
  it("says which items are shown and of how many, with German thousands", () => {
    expect(pageRangeText("Maßnahmen", 1, 50, 2013)).toBe("Maßnahmen 1–50 von 2.013");
    expect(pageRangeText("Werte", 2, 50, 60)).toBe("Werte 51–60 von 60");
    expect(pageRangeText("Werte", 3, 50, 60)).toBe("Werte: keine auf dieser Seite, 60 insgesamt");
  });
});

describe("readPage and withPageParam", () => {
  it("read a malformed page as the first and keep other parameters when paging", () => {
    expect(readPage(null)).toBe(1);
    expect(readPage("0")).toBe(1);
    expect(readPage("2.5")).toBe(1);
    expect(readPage("7")).toBe(7);
    const params = new URLSearchParams("stand=2025-06-30&seite=3");
    expect(withPageParam(params, "seite", 4)).toBe("?stand=2025-06-30&seite=4");
    expect(withPageParam(params, "seite", 1)).toBe("?stand=2025-06-30");
    expect(withPageParam(new URLSearchParams("seite=2"), "seite", 1)).toBe("?");
  });
});

describe("listCaption", () => {
  it("stays as it is for a list on one page and names the part shown otherwise", () => {
    expect(listCaption("Maßnahmen im Handlungsfeld HF1", "Maßnahmen", { page: 1, pageSize: 50, total: 14 })).toBe("Maßnahmen im Handlungsfeld HF1");
    expect(listCaption("Maßnahmen im Handlungsfeld HF1", "Maßnahmen", { page: 2, pageSize: 50, total: 2013 })).toBe(
      "Maßnahmen im Handlungsfeld HF1 (Maßnahmen 51–100 von 2.013)",
    );
  });
});
