import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/**
 * The JavaScript every first visit loads before any page: the entry chunk and, transitively, its
 * static imports, read from the build manifest. Sizes of the plain files and of the .br the build
 * writes beside them (what a browser actually downloads). Null without a build.
 */
export function firstViewScriptSize(distDir: string): { plain: number; brotli: number; files: number } | null {
  const manifestPath = join(distDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let plain = 0;
  let brotli = 0;
  for (const key of seen) {
    const file = join(distDir, manifest[key]!.file);
    const size = statSync(file).size;
    plain += size;
    brotli += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : size;
  }
  return { plain, brotli, files: seen.size };
}
