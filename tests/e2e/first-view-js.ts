import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The JavaScript files of a page's first view in a build: the entry of index.html, the page's own
 * lazily loaded chunk (named after its module in routes.tsx, e.g. "overview-page") and every chunk
 * either imports statically, however deep. Chunks loaded later (chart drawings, forms) are not in it.
 */
export function firstViewFiles(dist: string, pageChunk: string): Set<string> {
  const read = (file: string) => readFileSync(join(dist, "assets", file), "utf8");
  const closure = (file: string, into: Set<string>): Set<string> => {
    if (into.has(file)) return into;
    into.add(file);
    for (const [, imported] of read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) closure(imported!, into);
    return into;
  };
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const files = closure(entry, new Set());
  const page = readdirSync(join(dist, "assets")).find((f) => new RegExp(`^${pageChunk}-[\\w-]{8}\\.js$`).test(f));
  if (!page) throw new Error(`no chunk ${pageChunk} in ${dist}/assets`);
  return closure(page, files);
}

/** Raw and gzip (level 9, each file on its own, as a server sends them) bytes of built files. */
export function jsBytes(dist: string, files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, "assets", file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}
