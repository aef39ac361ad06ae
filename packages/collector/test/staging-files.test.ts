import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbSink } from '../src/index.js';
import { storedEvent } from './support/sink-contract.js';
import { tempDir } from './support/temp-dir.js';

// The DuckDB sink stages each group as $TMPDIR/cairn-staging-PID-*.ndjson: world-readable (0644),
// holding the last group's events after the insert, and left behind by a crash. Now the file lives in
// a private directory (0700) as 0600, is emptied after each insert, and stale ones are removed at start.

const store = tempDir();
const tmp = tempDir('cairn-tmpdir-');
const saved = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = tmp.path; // os.tmpdir() reads it at each call
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  store.remove();
  tmp.remove();
});

const stagingEntries = () => readdirSync(tmp.path).filter((name) => name.startsWith('cairn-staging-'));

describe('DuckDB staging files', () => {
  it('are private, hold no events once inserted, are removed at close, and stale ones go at start', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has exited
    writeFileSync(join(tmp.path, `cairn-staging-${dead}-0a1b2c.ndjson`), '{"id":"left by a crash"}\n');
    mkdirSync(join(tmp.path, `cairn-staging-${dead}-Xy12Zz`));
    writeFileSync(join(tmp.path, `cairn-staging-${dead}-Xy12Zz`, 'group.ndjson'), '{"id":"left too"}\n');
    const alive = `cairn-staging-${process.ppid}-aaaaaa.ndjson`; // another running collector's
    writeFileSync(join(tmp.path, alive), '');

    const sink = new DuckDbSink({ path: `${store.path}/events.duckdb` });
    await sink.init();
    expect(stagingEntries().filter((name) => name.includes(String(dead)))).toEqual([]); // gone at start
    await sink.append([storedEvent()]);

    const mine = stagingEntries().filter((name) => name.startsWith(`cairn-staging-${process.pid}-`));
    expect(stagingEntries().sort()).toEqual([alive, ...mine].sort());
    expect(mine).toHaveLength(1);
    const dir = join(tmp.path, mine[0]!);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const file = join(dir, files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('');

    await sink.close();
    expect(existsSync(dir)).toBe(false);
    expect(stagingEntries()).toEqual([alive]);
  });
});
