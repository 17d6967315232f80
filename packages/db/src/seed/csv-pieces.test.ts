import { isUtf8 } from "node:buffer";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CSV_OPTIONS, readCsvPieces } from "./csv-pieces";

const dir = mkdtempSync(join(tmpdir(), "sm-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What reading the file at once gives: its records, or null when it is not UTF-8 or not CSV. */
function whole(bytes: Buffer): Record<string, string>[] | null {
  if (!isUtf8(bytes)) return null;
  try {
    return parseCsv(bytes, CSV_OPTIONS);
  } catch {
    return null;
  }
}

function inPieces(bytes: Buffer, pieceBytes: number): Record<string, string>[] | null {
  const path = join(dir, "file.csv");
  writeFileSync(path, bytes);
  const records: Record<string, string>[] = [];
  return readCsvPieces(path, (piece) => void records.push(...piece), pieceBytes) ? records : null;
}

// Values with what makes cutting CSV hard: quotes, doubled quotes, delimiters and line breaks inside
// quotes, spaces to trim, and characters of two to four bytes that a cut could split.
const value = fc.oneof(
  fc.constantFrom("", "a", "Bürger", "€ 5", "😀", "  x  "),
  fc.string({ unit: fc.constantFrom("a", "ß", ",", " ", "\n", "\r\n", '"', "😀"), maxLength: 12 }).map((s) => `"${s.replaceAll('"', '""')}"`),
  fc.string({ unit: fc.constantFrom("a", "1", " ", "ö"), maxLength: 8 }),
);
const lineBreak = fc.constantFrom("\n", "\r\n");
const csvText = fc
  .tuple(lineBreak, fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), fc.boolean())
  .map(([br, rows, bom, blankLines]) => {
    const body = rows.map((r) => r.join(",")).join(blankLines ? `${br}${br}` : br);
    return `${bom ? "\uFEFF" : ""}a,b,c${br}${body}${br}`;
  });

describe("readCsvPieces", () => {
  it("returns the records of a whole-file parse, however the file is cut", () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 40 }), (text, pieceBytes) => {
        const bytes = Buffer.from(text);
        expect(inPieces(bytes, pieceBytes)).toEqual(whole(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("fails where a whole-file parse fails: broken CSV or bytes that are not UTF-8", () => {
    const broken = fc
      .tuple(csvText, fc.nat(), fc.constantFrom('"', 'x"y', ",", "\xff", "a\r", "\n\n\"open"))
      .map(([text, at, insert]) => {
        const bytes = Buffer.from(text);
        const i = bytes.length === 0 ? 0 : at % bytes.length;
        const extra = insert === "\xff" ? Buffer.from([0xff]) : Buffer.from(insert);
        return Buffer.concat([bytes.subarray(0, i), extra, bytes.subarray(i)]);
      });
    fc.assert(
      fc.property(broken, fc.integer({ min: 1, max: 40 }), (bytes, pieceBytes) => {
        expect(inPieces(bytes, pieceBytes)).toEqual(whole(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
