import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NdjsonSink } from '../src/index.js';
import { pageEvent } from './support/events.js';
import { tempDir } from './support/temp-dir.js';

// `cairn serve --db package.json` cut that file's last line: the repair of a line torn by a crash ran
// on a file that was never a store (package.json has no newline at its end, like a torn write).

const dir = tempDir();
afterAll(() => dir.remove());
const CLI = fileURLToPath(new URL('../bin/cairn.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const PACKAGE_JSON = '{\n  "name": "my-app",\n  "version": "1.0.0"\n}';

describe('an NDJSON file that is not a Cairn store', () => {
  it.each([
    ['package.json', PACKAGE_JSON],
    ['notes.jsonl', 'first line\nsecond line'],
    ['array.json', '[1, 2, 3]\n'],
    ['other-tool.ndjson', '{"level":"info","msg":"started"}\n{"level":"warn"'],
  ])('is refused and left as it was: %s', async (name, content) => {
    const path = `${dir.path}/${name}`;
    writeFileSync(path, content);
    const sink = new NdjsonSink({ path });
    await expect(sink.init()).rejects.toThrow(/does not look like a Cairn store/);
    await sink.close().catch(() => undefined);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('a store torn by a crash is still repaired, and an empty file is a new store', async () => {
    const torn = `${dir.path}/torn.ndjson`;
    const good = JSON.stringify({ ...pageEvent(), receivedAt: 1 });
    writeFileSync(torn, `${good}\n{"id":"half-writ`);
    const sink = new NdjsonSink({ path: torn });
    await sink.init();
    await sink.close();
    expect(readFileSync(torn, 'utf8')).toBe(`${good}\n`);
    const empty = `${dir.path}/empty.ndjson`;
    writeFileSync(empty, '');
    const fresh = new NdjsonSink({ path: empty });
    await fresh.init();
    await fresh.close();
  });

  it.skipIf(!existsSync(BUILT))('cairn serve --db package.json exits with the reason and does not touch it', () => {
    const path = `${dir.path}/package.json`;
    writeFileSync(path, PACKAGE_JSON);
    const run = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--db', path], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/does not look like a Cairn store/);
    expect(readFileSync(path, 'utf8')).toBe(PACKAGE_JSON);
  });
});
