// @ts-check
/**
 * `pnpm test:e2e`: the scenarios in Chromium, Firefox and WebKit, one engine after the other (one
 * vitest run each, so a browser never shares the 2-core machine with another). `CAIRN_E2E_BROWSER`
 * picks engines (`firefox`, or `chromium,webkit`); arguments go to vitest (a scenario file, `-t`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engines = (process.env.CAIRN_E2E_BROWSER ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const summary = [];
let failed = false;
for (const engine of engines) {
  const started = Date.now();
  console.log(`\n=== e2e in ${engine} ===`);
  const tally = join(root, 'test-results', `e2e-tally-${engine}.md`);
  rmSync(tally, { force: true });
  const run = spawnSync('vitest', ['run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CAIRN_E2E_BROWSER: engine },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = run.status === 0;
  failed ||= !ok;
  const version = existsSync(tally) ? readFileSync(tally, 'utf8').split('\n')[0] : engine;
  summary.push(`${ok ? 'passed' : 'FAILED'}  ${version}  ${seconds} s`);
}
console.log(`\nCairn e2e, ${engines.length} engine(s):\n${summary.map((line) => `  ${line}`).join('\n')}\n`);
process.exit(failed ? 1 : 0);
