import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";

/** How a seed CSV file is read: a header row, values trimmed, blank lines skipped. */
export const CSV_OPTIONS = { columns: true, skip_empty_lines: true, trim: true, bom: true } as const;

const PIECE_BYTES = 1 << 20;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The record delimiter csv-parse would settle on: the first line break outside quotes ("\r\n", "\n"
 * or "\r"); undefined while the bytes so far do not tell.
 */
function findDelimiter(data: Uint8Array): Buffer | undefined {
  let quoted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) return Buffer.from("\n");
    else if (!quoted && c === CR) return i + 1 < data.length ? Buffer.from(data[i + 1] === LF ? "\r\n" : "\r") : undefined;
  }
  return undefined;
}

/**
 * Where the last complete record of `data` ends: just after the last delimiter outside quotes.
 * In CSV that csv-parse accepts every quote opens, closes or (doubled) escapes inside a quoted value,
 * so counting them tells inside from outside exactly.
 */
function lastRecordEnd(data: Uint8Array, delimiter: Buffer): number {
  const last = delimiter[delimiter.length - 1];
  let quoted = false;
  let end = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === QUOTE) quoted = !quoted;
    else if (c === last && !quoted && (delimiter.length === 1 || (i > 0 && data[i - 1] === delimiter[0]))) end = i + 1;
  }
  return end;
}

/**
 * Reads a CSV file in pieces of about a megabyte, each cut where a record ends, and hands each
 * piece's records (objects by header name) to onRecords – the records csv-parse would return for
 * the whole file, without ever holding more than one piece. onRecords returns false to stop.
 * Returns false when a piece is not UTF-8 or not valid CSV: the caller then reads the whole file to
 * name the problem, since csv-parse counts lines from the start of the piece it was given.
 */
export function readCsvPieces(
  path: string,
  onRecords: (records: Record<string, string>[]) => boolean | void,
  pieceBytes = PIECE_BYTES,
): boolean {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(pieceBytes);
    let carry = Buffer.alloc(0);
    let delimiter: Buffer | undefined;
    let header: string[] | undefined;
    let first = true;
    for (;;) {
      const read = readSync(fd, buffer, 0, pieceBytes, null);
      const atEnd = read === 0;
      const data = carry.length === 0 ? buffer.subarray(0, read) : Buffer.concat([carry, buffer.subarray(0, read)]);
      delimiter ??= findDelimiter(data);
      const cut = atEnd ? data.length : delimiter ? lastRecordEnd(data, delimiter) : 0;
      const piece = data.subarray(0, cut);
      // A copy: `buffer` is read into again.
      carry = Buffer.from(data.subarray(cut));
      if (piece.length > 0) {
        if (!isUtf8(piece)) return false;
        let records: Record<string, string>[];
        try {
          records = parseCsv(piece, {
            ...CSV_OPTIONS,
            // The header comes with the first piece; later pieces are named by it.
            columns: header ?? ((names: string[]) => (header = names)),
            bom: first,
            record_delimiter: delimiter,
          });
        } catch {
          return false;
        }
        first = false;
        if (onRecords(records) === false) return true;
      }
      if (atEnd) return true;
    }
  } finally {
    closeSync(fd);
  }
}
