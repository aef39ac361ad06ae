import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Guards what consumers of the published package rely on: the exports map, both module
// formats and their type declarations. Needs the build (`pnpm build`), as `pnpm test` does first.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  sideEffects: boolean;
  dependencies?: Record<string, string>;
};

describe('the @cairn/core package contract', () => {
  it('has no runtime dependencies and no side effects', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });

  it('is built: ESM, CJS and both declaration flavours', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(existsSync(join(root, 'dist', file)), `dist/${file} (run pnpm build)`).toBe(true);
    }
  });

  it('loads through require and import alike', async () => {
    const esm = (await import(join(root, 'dist', 'index.js'))) as Record<string, unknown>;
    const cjs = execFileSync(process.execPath, ['-e', `console.log(Object.keys(require(${JSON.stringify(join(root, 'dist', 'index.cjs'))})).sort().join(','))`], { encoding: 'utf8' }).trim();
    expect(cjs).toBe(Object.keys(esm).sort().join(','));
  });

  it('passes publint and are-the-types-wrong', () => {
    const bin = join(root, 'node_modules', '.bin');
    execFileSync(join(bin, 'publint'), ['--strict'], { cwd: root, stdio: 'pipe' });
    execFileSync(join(bin, 'attw'), ['--pack', '.', '--profile', 'node16', '--format', 'ascii'], { cwd: root, stdio: 'pipe' });
  }, 60_000);
});
