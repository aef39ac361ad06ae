import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NdjsonSink, type StoredEvent } from '../src/index.js';
import { pageEvent } from './support/events.js';
import { tempDir } from './support/temp-dir.js';

// `cairn report --db events.ndjson` opened the file as the writer does: created it when missing (a
// typo gave an empty report, exit 0) and cut off a last line without a newline as if torn by a crash.
// That destroyed the last event of a file written by another tool, and of a file an app's NdjsonSink
// was writing at that moment (a group mid-write looks torn): a report must never change its input.

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());

function cairn(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function stored(name: string): StoredEvent {
  const event = pageEvent({ name });
  return { ...event, receivedAt: event.ts, sentAt: event.ts, correctedTs: event.ts, stage: null, ruleId: null, channel: null, device: 'desktop' };
}

describe.skipIf(!existsSync(CLI))('cairn report on an NDJSON file', () => {
  it('leaves the file as it was and counts a complete last line without a newline', () => {
    const path = `${dir.path}/no-final-newline.ndjson`;
    const text = [stored('/a'), stored('/b')].map((e) => JSON.stringify(e)).join('\n'); // no trailing \n
    writeFileSync(path, text);
    const run = cairn(['report', '--db', path, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).totals.events).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('leaves a torn last line (a group being written) in place and reports the rest', () => {
    const path = `${dir.path}/mid-write.ndjson`;
    const text = `${JSON.stringify(stored('/a'))}\n{"id":"half-writ`;
    writeFileSync(path, text);
    const run = cairn(['report', '--db', path, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).totals.events).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('fails on a missing file instead of creating it and reporting nothing', () => {
    const path = `${dir.path}/typo.ndjson`;
    const run = cairn(['report', '--db', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`cannot open ${path}`);
    expect(existsSync(path)).toBe(false);
  });
});

describe('NdjsonSink({ readOnly: true })', () => {
  it('reads without writing: append is refused', async () => {
    const path = `${dir.path}/ro.ndjson`;
    const a = stored('/a');
    writeFileSync(path, `${JSON.stringify(a)}\n`);
    const reader = new NdjsonSink({ path, readOnly: true });
    await reader.init();
    expect(await reader.latest(5)).toEqual([a]);
    await expect(reader.append([stored('/b')])).rejects.toThrow(/read-only/);
    await reader.close();
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(a)}\n`);
  });
});
