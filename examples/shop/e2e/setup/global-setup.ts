/**
 * Once per e2e run (one engine, `CAIRN_E2E_BROWSER`): make sure the engine and the builds the tests
 * serve exist, give the workers a file to append their tally rows to, and print the tally table
 * when every scenario has run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PATHS } from '../../server/demo-paths.mjs';
import { buildSpaIfNeeded } from '../../server/spa-build.mjs';
import { findChromium } from '../harness/chromium.js';
import { engineName, type EngineName } from '../harness/engine/engine.js';
import { findFirefox } from '../harness/engine/playwright.js';
import { findMiniBrowser, findWebKitDriver } from '../harness/engine/webkit.js';
import { commandPath } from '../harness/engine/which.js';
import { formatTally, readTally } from '../harness/tally.js';

/** Per engine: is it installed, and the Debian packages that install it. */
const ENGINE_PACKAGES: Record<EngineName, [() => boolean, string]> = {
  chromium: [() => !!findChromium(), 'chromium'],
  firefox: [() => !!findFirefox(), 'firefox-esr'],
  webkit: [() => !!findMiniBrowser() && !!findWebKitDriver() && (!!process.env.DISPLAY || !!commandPath('Xvfb')), 'webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb'],
};

function ensureEngine(name: EngineName): void {
  const [installed, packages] = ENGINE_PACKAGES[name];
  if (installed()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) throw new Error(`${name} is missing. Install it (Debian: sudo apt-get install -y --no-install-recommends ${packages}).`);
  console.log(`${name} is missing; installing it with apt-get (${packages})…`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`], { stdio: 'inherit' });
  if (!installed()) throw new Error(`apt-get installed ${packages}, but ${name} is still not found.`);
}

function ensureBuilt(): void {
  const needed = [join(PATHS.trackerDist, 'cairn.js'), resolve(PATHS.trackerDist, '../../collector/dist/index.js')];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`Build first (pnpm build at the repository root); missing: ${missing.join(', ')}`);
}

export default function setup(project: TestProject): () => void {
  const engine = engineName();
  ensureEngine(engine);
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
    writeFileSync(join(out, `e2e-tally-${engine}.md`), `${rows[0]!.engine}\n\n${table}\n`);
    console.log(`\nCairn e2e tally in ${rows[0]!.engine} (what the pages tracked vs what reached DuckDB)\n\n${table}\n`);
  };
}
