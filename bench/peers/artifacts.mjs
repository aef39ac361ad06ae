// Builds the script-tag files that the peers' npm packages do not ship, into bench/.cache/peers (gitignored):
// - plausible-tracker: the npm package is an ES module; we bundle it as a minified IIFE (esbuild).
// - RudderStack v3: the npm UMD is unminified and its CDN build is not on npm; we minify the lite UMD (esbuild).
// - Umami: `umami@2.10.0` on npm is the whole Next.js app. We only `npm pack` it (no install: that would run
//   prisma downloads), extract src/tracker/index.js, and build it like its rollup.tracker.config.mjs does
//   (IIFE + terser with `compress.evaluate: false`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { cacheDir, packageDir } from './sdks.mjs';

export const UMAMI_VERSION = '2.10.0';

async function esbuildTo(entry, outfile, options) {
  await build({ entryPoints: [entry], outfile, bundle: true, minify: true, logLevel: 'silent', target: 'es2018', ...options });
}

/** Fetches umami's tarball (once) and builds its tracker. Returns an error message instead of throwing. */
async function buildUmami() {
  const dir = join(cacheDir, 'umami');
  const source = join(dir, 'package', 'src', 'tracker', 'index.js');
  if (!existsSync(source)) {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `umami@${UMAMI_VERSION}`, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, 'package/src/tracker/index.js', 'package/rollup.tracker.config.mjs', 'package/package.json']);
  }
  // Rollup's iife output wraps the module in `(function () { 'use strict'; ... })();`.
  const wrapped = `(function () {\n  'use strict';\n${readFileSync(source, 'utf8')}\n})();\n`;
  const out = await minify(wrapped, { compress: { evaluate: false } });
  writeFileSync(join(cacheDir, 'umami-script.terser.js'), out.code);
}

/**
 * Builds every derived artifact. Returns notes on anything that could not be built.
 * @returns {Promise<{ umami: boolean, notes: string[] }>}
 */
export async function buildArtifacts() {
  mkdirSync(cacheDir, { recursive: true });
  const notes = [];
  await esbuildTo(join(packageDir('plausible-tracker'), 'build', 'module', 'index.js'), join(cacheDir, 'plausible-tracker.esbuild.js'), {
    format: 'iife',
    globalName: 'Plausible',
  });
  // The UMD assigns `globalThis.rudderanalytics`; keep it a classic script (no extra wrapper semantics).
  await esbuildTo(join(packageDir('@rudderstack/analytics-js'), 'dist', 'npm', 'modern', 'lite', 'umd', 'index.js'), join(cacheDir, 'rudderstack-lite.esbuild.js'), {
    bundle: false,
  });
  let umami = true;
  try {
    await buildUmami();
  } catch (err) {
    umami = false;
    notes.push(`Umami left out: could not fetch/build umami@${UMAMI_VERSION}'s tracker (${String(err.message ?? err).split('\n')[0]}).`);
  }
  return { umami, notes };
}
