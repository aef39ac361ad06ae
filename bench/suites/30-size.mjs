// `pnpm bench 30-size`: bytes of every @cairn/tracker build (raw, gzip -9, brotli 11), as a Markdown table.
import { measureSizes } from '../lib/sizes.mjs';

const rows = measureSizes();
const n = (x) => x.toLocaleString('en-US');
console.log('| build | file | raw B | gzip -9 B | brotli-11 B |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.build} | \`dist/${r.file}\` | ${n(r.raw)} | ${n(r.gzip)} | ${n(r.brotli)} |`);
console.log('\nThe npm builds are unminified ESM/CJS (a site\'s bundler minifies them) and leave idb-keyval and web-vitals to the bundler; cairn.js is minified and self-contained.');
