import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { outputClash } from '../src/cli/output-guard.js';
import { tempDir } from './support/temp-dir.js';

// cairn report --out compared the names as typed: a symbolic or hard link to the store, or the
// store's write-ahead log (store.duckdb.wal), was overwritten by the report.

const dir = tempDir();
afterAll(() => dir.remove());
const at = (name: string) => `${dir.path}/${name}`;

writeFileSync(at('store.duckdb'), 'DUCK');
writeFileSync(at('store.duckdb.wal'), 'WAL');
mkdirSync(at('sub'));

describe('the --out guard', () => {
  it('refuses the store by any name: ./, .., a symbolic link, a dangling link chain, a hard link', () => {
    expect(outputClash(at('sub/../store.duckdb'), at('store.duckdb'))).toMatch(/store itself/);
    symlinkSync(at('store.duckdb'), at('link.html'));
    expect(outputClash(at('link.html'), at('store.duckdb'))).toMatch(/store itself/);
    linkSync(at('store.duckdb'), at('hard.html'));
    expect(outputClash(at('hard.html'), at('store.duckdb'))).toMatch(/hard link/);
    symlinkSync(at('store.duckdb'), at('store-link.duckdb'));
    expect(outputClash(at('store.duckdb'), at('store-link.duckdb'))).toMatch(/store itself/);
  });

  it("refuses the store's companion files, present or not, and links to them", () => {
    expect(outputClash(at('store.duckdb.wal'), at('store.duckdb'))).toMatch(/companion file store\.duckdb\.wal/);
    expect(outputClash(at('store.duckdb.tmp/x'), at('store.duckdb'))).toMatch(/companion/);
    symlinkSync(at('store.duckdb.wal'), at('wal-link.html'));
    expect(outputClash(at('wal-link.html'), at('store.duckdb'))).toMatch(/companion/);
    // A dangling link to where the WAL will be: the write would create it.
    symlinkSync(at('other.duckdb.wal'), at('dangling.html'));
    writeFileSync(at('other.duckdb'), 'DUCK');
    expect(outputClash(at('dangling.html'), at('other.duckdb'))).toMatch(/companion/);
  });

  it('lets any other file through', () => {
    expect(outputClash(at('report.html'), at('store.duckdb'))).toBeNull();
    expect(outputClash(at('store.duckdb.html'), at('store.duckdb'))).toBeNull();
    expect(outputClash(at('sub/store.duckdb'), at('store.duckdb'))).toBeNull();
  });
});
