// `pnpm bench`: runs every suite in ./suites in name order, each in its own Node process
// (so one suite's heap does not skew the next one's memory figures), then the peer comparison.
// Each suite prints its own Markdown table. Timings are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();
const only = process.argv.slice(2);
let failed = 0;
for (const file of suites) {
  if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
  console.log(`\n## ${file.replace(/\.mjs$/, '')}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, 'suites', file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`suite ${file} failed with exit code ${run.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
