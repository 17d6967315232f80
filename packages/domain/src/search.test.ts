import { describe, expect, it } from "vitest";
import { foldForSearch, highlightParts, matchesSearch, searchNeedle, searchWords, wordIndexText } from "./search";

/** The parts as a string with the matches in brackets, easier to read than the part objects. */
const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join("");

describe("foldForSearch", () => {
  it("ignores case, spaces, hyphens and punctuation", () => {
    for (const text of ["Open Data", "Open-Data", "opendata", "OPEN data", "Open–Data", "open_data", " Open. Data! "]) {
      expect(foldForSearch(text)).toBe("opendata");
    }
  });

  it("writes out umlauts and ß the German way", () => {
    expect(foldForSearch("Bürgerämter")).toBe("buergeraemter");
    expect(foldForSearch("BÜRGERÄMTER")).toBe("buergeraemter");
    expect(foldForSearch("Öffentlichkeit")).toBe("oeffentlichkeit");
    expect(foldForSearch("Straße")).toBe(foldForSearch("Strasse"));
    expect(foldForSearch("STRAẞE")).toBe("strasse");
  });

  it("treats decomposed umlauts like composed ones and drops other accents", () => {
    expect(foldForSearch("Bu\u0308rger")).toBe("buerger");
    expect(foldForSearch("Café Müller")).toBe("cafemueller");
  });

  it("removes control and invisible characters", () => {
    expect(foldForSearch("\u0000")).toBe("");
    expect(foldForSearch("Open\u0000Data")).toBe("opendata");
    expect(foldForSearch("Bür\u00ADger\u200Bamt")).toBe("buergeramt");
  });

  it("keeps digits and letters of other scripts", () => {
    expect(foldForSearch("HF1-09")).toBe("hf109");
    expect(foldForSearch("5.000 mobile Arbeitsplätze")).toBe("5000mobilearbeitsplaetze");
    expect(foldForSearch("Ελλάδα")).toBe("ελλαδα");
  });
});

describe("searchWords and wordIndexText", () => {
  it("splits at spaces and punctuation, not inside a word", () => {
    expect(searchWords("KI-Lotse für Bürger*innen")).toEqual(["ki", "lotse", "fuer", "buerger", "innen"]);
    expect(searchWords("Bür\u00ADger")).toEqual(["buerger"]);
    expect(searchWords(" -- ")).toEqual([]);
  });

  it("pads the words of several texts with spaces for whole-word search", () => {
    expect(wordIndexText("HF1-09", "IT-Sicherheit")).toBe(" hf1 09 it sicherheit ");
    expect(wordIndexText("", "–")).toBe("");
  });
});

describe("searchNeedle", () => {
  it("searches three or more letters as a substring and shorter queries as a whole word", () => {
    expect(searchNeedle("Open Data")).toEqual({ text: "opendata", wholeWord: false });
    expect(searchNeedle("KI")).toEqual({ text: "ki", wholeWord: true });
    expect(searchNeedle("K-I")).toEqual({ text: "ki", wholeWord: true });
    // "ß" folds to two letters, "Ö" too: a short query can become a substring one.
    expect(searchNeedle("Öl")).toEqual({ text: "oel", wholeWord: false });
  });

  it("has nothing to search for without a letter or digit", () => {
    for (const query of ["", " ", "\u0000", "\u0001\u001f", '"', "*", "(", "--", "\u200B"]) {
      expect(searchNeedle(query)).toBeNull();
    }
  });

  it("keeps FTS syntax words as plain letters", () => {
    expect(searchNeedle('"Open" OR NEAR(data*)')).toEqual({ text: "openorneardata", wholeWord: false });
  });
});

describe("highlightParts", () => {
  it("marks what the search found, spelled as in the text", () => {
    expect(marked("Open Data für alle", "opendata")).toBe("[Open Data] für alle");
    expect(marked("Das Open-Data-Portal", "opendata")).toBe("Das [Open-Data]-Portal");
    expect(marked("Termine im Bürgeramt Mitte", "Buergeramt")).toBe("Termine im [Bürgeramt] Mitte");
    // The plural has its own umlaut: "Bürgerämter" folds to "buergeraemter", not "buergeramt…".
    expect(marked("Bürgerämter", "Buergeraemter")).toBe("[Bürgerämter]");
    expect(marked("Hauptstraße 1", "strasse")).toBe("Haupt[straße] 1");
    expect(marked("Hauptstrasse 1", "straße")).toBe("Haupt[strasse] 1");
  });

  it("marks every occurrence and leaves spaces around a match unmarked", () => {
    expect(marked("Daten, Daten und daten", " DATEN ")).toBe("[Daten], [Daten] und [daten]");
    expect(marked("Open - Data", "open data")).toBe("[Open - Data]");
  });

  it("marks a letter that folds to two when a match starts or ends inside it", () => {
    expect(marked("Maße", "sse")).toBe("Ma[ße]");
    expect(marked("Maße", "mas")).toBe("[Maß]e");
  });

  it("marks short queries only as whole words, as the search finds them", () => {
    expect(marked("KI-Lotse in der Kita", "ki")).toBe("[KI]-Lotse in der Kita");
    expect(marked("IT-Sicherheit mit Konzept", "IT")).toBe("[IT]-Sicherheit mit Konzept");
  });

  it("gives back the text unchanged, marked or not", () => {
    const text = "Bu\u0308rger\u00ADamt – Open\u0000Data";
    for (const query of ["buergeramt", "opendata", "nichts", "", "\u0000", "a"]) {
      expect(
        highlightParts(text, query)
          .map((p) => p.text)
          .join(""),
      ).toBe(text);
    }
    expect(marked(text, "buergeramt")).toBe("[Bu\u0308rger\u00ADamt] – Open\u0000Data");
    expect(highlightParts("", "x")).toEqual([{ text: "", match: false }]);
  });

  it("marks nothing for a query without letters or digits", () => {
    expect(highlightParts("Open Data", "--")).toEqual([{ text: "Open Data", match: false }]);
  });
});

describe("matchesSearch", () => {
  it("tells whether a text has a match", () => {
    expect(matchesSearch("Bürgeramt", "buergeramt")).toBe(true);
    expect(matchesSearch("Kita", "ki")).toBe(false);
    expect(matchesSearch("Kita", "")).toBe(false);
  });
});
