/**
 * Once per e2e run: make sure Chromium and the builds the tests serve exist, give the workers a
 * file to append their tally rows to, and print the tally table when every scenario has run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PATHS } from '../../server/demo-paths.mjs';
import { buildSpaIfNeeded } from '../../server/spa-build.mjs';
import { findChromium } from '../harness/chromium.js';
import { formatTally, readTally } from '../harness/tally.js';

function ensureChromium(): void {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error('Chromium is missing. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  console.log('Chromium is missing; installing it with apt-get (Debian package "chromium")…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  if (!findChromium()) throw new Error('apt-get ran but `chromium` is still not on the PATH.');
}

function ensureBuilt(): void {
  const needed = [join(PATHS.trackerDist, 'cairn.js'), resolve(PATHS.trackerDist, '../../collector/dist/index.js')];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`Build first (pnpm build at the repository root); missing: ${missing.join(', ')}`);
}

export default function setup(project: TestProject): () => void {
  ensureChromium();
  ensureBuilt();
  buildSpaIfNeeded({ quiet: true });
  const tallyFile = join(mkdtempSync(join(tmpdir(), 'cairn-tally-')), 'tally.jsonl');
  project.provide('tallyFile', tallyFile);
  return () => {
    const rows = readTally(tallyFile);
    if (!rows.length) return;
    const table = formatTally(rows);
    // Also kept on disk (test-results/ is gitignored) for reports and CI artefacts.
    const out = resolve(import.meta.dirname, '../../test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'e2e-tally.md'), `${table}\n`);
    console.log(`\nCairn e2e tally (what the pages tracked vs what reached DuckDB)\n\n${table}\n`);
  };
}
