import { describe, expect, it } from "vitest";
import { useBrowserApp } from "./harness";

/**
 * The pages an anonymous visitor can open never show internal data: markers go into every
 * internal field of the demo database, then each page is rendered and its text searched.
 */
const MARKER = "INTERNMARKER9c1";
const app = useBrowserApp(undefined, (db) => {
  db.prepare("UPDATE measure_updates SET internal_note = ?").run(`${MARKER} note`);
  db.prepare("UPDATE measures SET risk = ?").run(`${MARKER} risk`);
  db.prepare("UPDATE measures SET title = ? || ' ' || code WHERE is_public = 0").run(MARKER);
  db.prepare("UPDATE users SET email = lower(?) || id || '@demo.example', name = ? || id").run(MARKER, MARKER);
});

describe("anonymous pages", () => {
  it.each([
    "/",
    "/?stand=2025-06-30",
    "/handlungsfelder/HF2",
    "/handlungsfelder/HF5",
    "/massnahmen",
    "/massnahmen?faellig=ja",
    "/massnahmen/HF1-09",
    "/massnahmen/HF2-03",
    "/kennzahlen",
    "/kennzahlen/online-services",
    "/aenderungen",
    "/aenderungen?von=2023-01-01",
    "/bericht",
  ])(
    "%s shows no internal field",
    async (path) => {
      const page = await app.visit(path);
      const text = (await page.locator("body").innerText()) + (await page.content());
      expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
    },
  );
});
