import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";

const strict = new TextDecoder("utf-8", { fatal: true });

/** Where the first byte sits that cannot start or continue a UTF-8 sequence; -1 when none is found. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const more = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return -1;
}

/**
 * The text of a seed file, decoded strictly: a Latin-1 or Windows-1252 file would otherwise land in
 * the database as broken characters. On failure, the line and value of the first byte that is not UTF-8.
 */
export function readUtf8(path: string): { ok: true; text: string } | NotUtf8 {
  const bytes = readFileSync(path);
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return whereNotUtf8(bytes);
  }
}

/**
 * The bytes of a seed file, checked as readUtf8 checks them but not decoded: the CSV parser decodes
 * field by field, so a large file never exists as one string beside its bytes.
 */
export function readUtf8Bytes(path: string): { ok: true; bytes: Buffer } | NotUtf8 {
  const bytes = readFileSync(path);
  return isUtf8(bytes) ? { ok: true, bytes } : whereNotUtf8(bytes);
}

type NotUtf8 = { ok: false; line: number | null; byte: string | null };

function whereNotUtf8(bytes: Uint8Array): NotUtf8 {
  const at = firstBadByte(bytes);
  if (at < 0) return { ok: false, line: null, byte: null };
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return { ok: false, line, byte: `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, "0")}` };
}

/** "Zeile 3: Byte 0xFC ist kein UTF-8 …" as a seed problem for `file`. */
export function notUtf8Problem(file: string, failure: { line: number | null; byte: string | null }): string {
  const where = failure.line === null ? "" : `, Zeile ${failure.line}`;
  const what = failure.byte === null ? "ungültige Zeichenfolge" : `Byte ${failure.byte}`;
  return `${file}${where}: ${what} ist kein UTF-8 – bitte die Datei als UTF-8 speichern (z. B. in Excel „CSV UTF-8“)`;
}
