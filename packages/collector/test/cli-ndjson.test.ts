import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { batchBody, pageEvent } from './support/events.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// `cairn report --db events.ndjson` reads an NDJSON file, but `cairn serve --db events.ndjson` wrote a
// DuckDB database under that name, which the report then failed to parse ("Unexpected token").
// The two commands now read a path the same way.

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());

describe.skipIf(!existsSync(CLI))('cairn serve --db FILE.ndjson', () => {
  it('stores one JSON event per line, which cairn report reads back', async () => {
    const path = `${dir.path}/events.ndjson`;
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = stderr.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const events = [pageEvent(), pageEvent({ type: 'cta', name: 'Buy now' })];
    expect((await post(`${url}/collect`, batchBody(events))).json).toMatchObject({ accepted: 2 });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);

    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(events.map((e) => e.id));
    const report = spawnSync(process.execPath, [CLI, 'report', '--db', path, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).totals.events).toBe(2);
  });
});
