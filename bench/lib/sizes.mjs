// Byte sizes of built files: raw, gzip -9 and brotli quality 11 (text mode), as the peers' table measures them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

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

/** Where @cairn/tracker's package is (its built files in dist/ require `pnpm build` first). */
function trackerRoot() {
  return dirname(createRequire(import.meta.url).resolve('@cairn/tracker/package.json'));
}

/** Where @cairn/tracker's built files are (requires `pnpm build` first). */
export function trackerDist() {
  return join(trackerRoot(), 'dist');
}

/** The tracker's variant table (packages/tracker/variants.json): its flags and script-tag variants. */
export function trackerVariants() {
  return JSON.parse(readFileSync(join(trackerRoot(), 'variants.json'), 'utf8'));
}

/**
 * The tracker's builds and their sizes: every script-tag variant of variants.json (with its flags and
 * budget), the npm ESM and CJS entries, and the vitals plugin (ESM, without web-vitals itself).
 * @returns {{ build: string, file: string, raw: number, gzip: number, brotli: number, budget?: number, flags?: string[] }[]}
 */
export function measureSizes() {
  const dist = trackerDist();
  const table = trackerVariants();
  const all = Object.keys(table.flags);
  const variants = table.variants.map((v) => ({
    build: `script tag: ${v.what}`,
    file: v.file,
    budget: v.budget,
    flags: v.flags === '*' ? all : v.flags,
  }));
  const npm = [
    { build: 'npm ESM', file: 'index.js' },
    { build: 'npm CJS', file: 'index.cjs' },
    { build: 'vitals plugin ESM', file: 'vitals.js' },
  ];
  return [...variants, ...npm].map((row) => ({ ...row, ...measureBytes(readFileSync(join(dist, row.file))) }));
}

/**
 * Where a script-tag build's bytes go: its minified bytes attributed to each source file through its
 * source map (`dist/<file>.map`), and each file's share gzipped alone (so that column adds up to more than
 * the whole file, whose gzip compresses across files).
 * @param {string} file e.g. `cairn.js`
 * @returns {{ source: string, minified: number, gzip: number }[]} largest first
 */
export function attributeBytes(file) {
  const dist = trackerDist();
  const code = readFileSync(join(dist, file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')));
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const lines = code.split('\n');
  /** @type {Map<string, string[]>} */
  const parts = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const source = (m.source ?? 'unmapped')
      .replace(/.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?([^/]+)\/.*/, '$1')
      .replace(/.*\/core\/dist\/.*/, '@cairn/core/limits')
      .replace(/.*\/src\//, '');
    if (!parts.has(source)) parts.set(source, []);
    parts.get(source).push(line.slice(m.generatedColumn, end));
  });
  return [...parts]
    .map(([source, pieces]) => {
      const text = pieces.join('');
      return { source, minified: text.length, gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.minified - a.minified);
}
