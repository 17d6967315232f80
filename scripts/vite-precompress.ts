import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(?:js|css|svg|html)$/;
/**
 * Below this, compression saves less than it costs. A page's first view is made of many chunks
 * under 1 KB (one per shared component), which brotli still shrinks by about half.
 */
const MIN_BYTES = 200;

/**
 * Writes a .br and a .gz beside every script, stylesheet, SVG and HTML page of the build, at the
 * highest quality: done once here, the server only picks a file (web-app.ts) instead of
 * compressing the same bytes for every visitor. Source maps are left alone: they are never served.
 */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "sm-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the whole build, so files copied from public/ are included too.
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const body = readFileSync(file);
        if (body.byteLength < MIN_BYTES) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
