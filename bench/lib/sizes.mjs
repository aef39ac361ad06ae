// Byte sizes of built files: raw, gzip -9 and brotli quality 11 (text mode), as the peers' table measures them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** raw / gzip -9 / brotli-11 bytes of one file's contents. */
export function measureBytes(contents) {
  return {
    raw: contents.length,
    gzip: gzipSync(contents, { level: 9 }).length,
    brotli: brotliCompressSync(contents, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: contents.length,
      },
    }).length,
  };
}

/** Where @cairn/tracker's built files are (requires `pnpm build` first). */
export function trackerDist() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cairn/tracker/package.json')), 'dist');
}

/**
 * The tracker's builds and their sizes: `cairn.js` (the script tag), the npm ESM and CJS entries,
 * and the vitals plugin (ESM, without web-vitals itself).
 * @returns {{ build: string, file: string, raw: number, gzip: number, brotli: number }[]}
 */
export function measureSizes() {
  const dist = trackerDist();
  return [
    ['script tag (IIFE)', 'cairn.js'],
    ['npm ESM', 'index.js'],
    ['npm CJS', 'index.cjs'],
    ['vitals plugin ESM', 'vitals.js'],
  ].map(([build, file]) => ({ build, file, ...measureBytes(readFileSync(join(dist, file))) }));
}
