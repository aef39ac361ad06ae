// `pnpm bench 30-size`: bytes of every @cairn/tracker build (raw, gzip -9, brotli 11), as Markdown tables:
// every script-tag variant of packages/tracker/variants.json with its budget, the npm builds, and where the
// bytes of the default and of the full variant go, per source file.
import { attributeBytes, measureSizes } from '../lib/sizes.mjs';

const n = (x) => x.toLocaleString('en-US');
const rows = measureSizes();
console.log('| build | file | flags | raw B | gzip -9 B | budget B | brotli-11 B |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  const flags = r.flags ? r.flags.join(', ') || '–' : '';
  const budget = r.budget ? n(r.budget) : '';
  console.log(`| ${r.build} | \`dist/${r.file}\` | ${flags} | ${n(r.raw)} | ${n(r.gzip)} | ${budget} | ${n(r.brotli)} |`);
}
console.log("\nThe npm builds are unminified ESM/CJS (a site's bundler minifies them) and leave idb-keyval and web-vitals to the bundler; the script tags are minified and self-contained.");

for (const file of ['cairn.js', 'cairn.full.js']) {
  const parts = attributeBytes(file);
  console.log(`\nWhere the bytes of \`dist/${file}\` go (minified bytes per source file by its source map; gzip of each share alone):\n`);
  console.log('| source | minified B | gzip alone B |');
  console.log('|---|---:|---:|');
  for (const p of parts) console.log(`| \`${p.source}\` | ${n(p.minified)} | ${n(p.gzip)} |`);
}
