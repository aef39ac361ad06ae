// @ts-check
/**
 * Builds examples/spa with Vite when its sources are newer than its last build (or it was never
 * built). `pnpm start` and the browser tests call it; a fresh build takes about a second.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { PATHS } from './demo-paths.mjs';

/** Newest modification time under `path` (node_modules and dist skipped). @param {string} path @returns {number} */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

/**
 * @param {{ quiet?: boolean }} [options]
 * @returns {boolean} whether a usable build exists afterwards
 */
export function buildSpaIfNeeded(options = {}) {
  const spaRoot = resolve(PATHS.spa, '..');
  const built = join(PATHS.spa, 'index.html');
  // The SPA bundles @cairn/tracker, so a newer tracker build makes the SPA stale too.
  const trackerBuild = join(PATHS.trackerDist, 'index.js');
  const sources = Math.max(newest(spaRoot), existsSync(trackerBuild) ? statSync(trackerBuild).mtimeMs : 0);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return true;
  if (!options.quiet) console.log('Building the SPA (examples/spa) with Vite…');
  // vite's `exports` hide bin/vite.js, so find the package folder through its package.json.
  const vite = join(dirname(createRequire(join(spaRoot, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: spaRoot,
    stdio: options.quiet ? 'pipe' : 'inherit',
  });
  if (result.status !== 0) {
    console.warn(`The SPA did not build (examples/spa):\n${result.stderr ?? ''}`);
    return false;
  }
  return true;
}
