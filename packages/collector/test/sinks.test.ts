import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDbSink, NdjsonSink, type Sink } from '../src/index.js';
import { sinkContract, storedEvent as stored } from './support/sink-contract.js';
import { tempDir } from './support/temp-dir.js';

const dir = tempDir();
afterAll(() => dir.remove());

const kinds: { name: string; open: (file: string) => Sink }[] = [
  { name: 'DuckDbSink', open: (file) => new DuckDbSink({ path: `${file}.duckdb` }) },
  { name: 'DuckDbSink without the recent-id set (table lookups)', open: (file) => new DuckDbSink({ path: `${file}.duckdb`, recentIds: 0 }) },
  { name: 'NdjsonSink', open: (file) => new NdjsonSink({ path: `${file}.ndjson` }) },
];

describe.each(kinds)('$name', ({ name, open }) => {
  sinkContract((store) => open(`${dir.path}/${name.replace(/\W+/g, '-')}-${store}`));
});

describe('DuckDbSink read-only', () => {
  it('reads a store for reports and refuses writes', async () => {
    const path = `${dir.path}/read-only.duckdb`;
    const writer = new DuckDbSink({ path });
    await writer.init();
    const a = stored();
    await writer.append([a]);
    await writer.close();
    const reader = new DuckDbSink({ path, readOnly: true });
    await reader.init();
    expect(await reader.latest(5)).toEqual([a]);
    await expect(reader.append([stored()])).rejects.toThrow(/read-only/);
    await reader.close();
    await expect(new DuckDbSink({ path: `${dir.path}/missing.duckdb`, readOnly: true }).init()).rejects.toThrow();
  });
});

describe('NdjsonSink after a crash', () => {
  it('cuts off a torn last line (never acknowledged) and keeps the rest', async () => {
    const path = `${dir.path}/torn.ndjson`;
    const sink = new NdjsonSink({ path });
    await sink.init();
    const a = stored();
    await sink.append([a]);
    await sink.close();
    appendFileSync(path, '{"id":"half-writ');
    const reopened = new NdjsonSink({ path });
    await reopened.init();
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(a)}\n`);
    const b = stored();
    expect((await reopened.append([a, b])).inserted).toEqual([b.id]);
    expect(await reopened.count()).toBe(2);
    await reopened.close();
  });
});
