import { describe, expect, it } from "vitest";
import {
  hasActiveFilters,
  isSearching,
  readFilters,
  resultCountText,
  shownSort,
  toApiParams,
  withFilter,
  withoutFilters,
  withoutSort,
  withPage,
  withSort,
} from "./measure-filters";

const url = (query: string) => new URLSearchParams(query);

describe("readFilters", () => {
  it("reads every filter from the URL", () => {
    const filters = readFilters(
      url("handlungsfeld=HF1&status=delayed&zielgruppe=citizens&thema=data-protection&suche=%20Termin%20&sortierung=progress&reihenfolge=desc&seite=2"),
    );
    expect(filters).toEqual({
      handlungsfeld: "HF1",
      status: "delayed",
      zielgruppe: "citizens",
      thema: "data-protection",
      suche: "Termin",
      faellig: false,
      stand: "",
      sortierung: "progress",
      reihenfolge: "desc",
      seite: 2,
    });
  });

  it("falls back to defaults for values the list cannot use", () => {
    expect(readFilters(url("status=bogus&sortierung=x&reihenfolge=up&seite=-3"))).toMatchObject({
      status: "",
      sortierung: null,
      reihenfolge: "asc",
      seite: 1,
    });
  });
});

describe("overdue filter and page date", () => {
  it("reads them from the URL and passes them to the API", () => {
    const filters = readFilters(url("faellig=ja&stand=2025-03-31"));
    expect(filters).toMatchObject({ faellig: true, stand: "2025-03-31" });
    expect(toApiParams(filters)).toEqual({ order: "asc", updateDue: "true", asOf: "2025-03-31" });
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it("keeps the date when the filters are reset", () => {
    expect(withoutFilters(url("faellig=ja&status=delayed&stand=2025-03-31&seite=2")).toString()).toBe("stand=2025-03-31");
    expect(withoutFilters(url("faellig=ja")).toString()).toBe("");
  });
});

describe("toApiParams", () => {
  it("maps the German URL names to the API's parameters and leaves out empty filters", () => {
    expect(toApiParams(readFilters(url("handlungsfeld=HF2&suche=Akte&seite=3")))).toEqual({
      field: "HF2",
      q: "Akte",
      order: "asc",
      page: "3",
    });
    expect(toApiParams(readFilters(url("status=done&zielgruppe=staff&thema=personnel&sortierung=title")))).toEqual({
      status: "done",
      targetGroup: "staff",
      topic: "personnel",
      sort: "title",
      order: "asc",
    });
  });

  it("leaves out a search text without letters or digits, which has nothing to search for", () => {
    const filters = readFilters(url("suche=%2A%22"));
    expect(filters.suche).toBe('*"');
    expect(isSearching(filters)).toBe(false);
    expect(toApiParams(filters)).toEqual({ order: "asc" });
  });
});

describe("sort order shown", () => {
  it("ranks a search by relevance unless a sort was chosen, and sorts by code without a search", () => {
    expect(shownSort(readFilters(url("suche=Open%20Data")))).toBe("relevance");
    expect(shownSort(readFilters(url("suche=Open%20Data&sortierung=progress")))).toBe("progress");
    expect(shownSort(readFilters(url("")))).toBe("code");
    expect(shownSort(readFilters(url("suche=--")))).toBe("code");
  });

  it("goes back to the ranking by removing the chosen sort", () => {
    expect(withoutSort(url("suche=Akte&sortierung=title&reihenfolge=desc&seite=2")).toString()).toBe("suche=Akte");
  });
});

describe("URL updates", () => {
  it("sets or removes a filter and returns to page one", () => {
    expect(withFilter(url("status=done&seite=3"), "handlungsfeld", "HF1").toString()).toBe("status=done&handlungsfeld=HF1");
    expect(withFilter(url("status=done"), "status", "").toString()).toBe("");
  });
  it("keeps filters when sorting or paging", () => {
    expect(withSort(url("status=done&seite=2"), "title", "desc").toString()).toBe("status=done&sortierung=title&reihenfolge=desc");
    expect(withPage(url("status=done"), 2).toString()).toBe("status=done&seite=2");
    expect(withPage(url("status=done&seite=2"), 1).toString()).toBe("status=done");
  });
});

describe("resultCountText", () => {
  it("announces the number of results", () => {
    expect(resultCountText(12)).toBe("12 Maßnahmen gefunden");
    expect(resultCountText(0)).toBe("0 Maßnahmen gefunden");
    expect(resultCountText(1)).toBe("1 Maßnahme gefunden");
  });
});
