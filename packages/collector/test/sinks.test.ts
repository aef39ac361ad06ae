import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDbSink, NdjsonSink, type Sink, type StoredEvent } from '../src/index.js';
import { pageEvent } from './support/events.js';
import { tempDir } from './support/temp-dir.js';

const dir = tempDir();
afterAll(() => dir.remove());

function stored(overrides: Partial<StoredEvent> = {}): StoredEvent {
  const event = pageEvent();
  return {
    ...event,
    utm: { source: 'newsletter', medium: 'email' },
    props: { plan: 'pro', items: [1, 2, { sku: 'a' }] },
    seq: 3,
    receivedAt: event.ts + 100,
    sentAt: event.ts + 50,
    correctedTs: event.ts + 50,
    stage: 'consideration',
    ruleId: 'page-pricing',
    channel: 'Email',
    device: 'desktop',
    ...overrides,
  };
}

const kinds: { name: string; open: (file: string, recent?: number) => Sink }[] = [
  { name: 'DuckDbSink', open: (file, recent) => new DuckDbSink({ path: `${file}.duckdb`, recentIds: recent }) },
  { name: 'DuckDbSink without the recent-id set (table lookups)', open: (file) => new DuckDbSink({ path: `${file}.duckdb`, recentIds: 0 }) },
  { name: 'NdjsonSink', open: (file) => new NdjsonSink({ path: `${file}.ndjson` }) },
];

describe.each(kinds)('$name', ({ name, open }) => {
  const file = `${dir.path}/${name.replace(/\W+/g, '-')}`;

  it('round-trips every field, dedupes within and across calls and across reopening', async () => {
    const sink = open(file);
    await sink.init();
    const a = stored();
    const b = stored({ userId: 'u-1', sessionId: 's-1', title: 'Pricing', referrer: 'https://google.com/' });
    expect((await sink.append([a, b, a])).inserted).toEqual([a.id, b.id]);
    expect((await sink.append([a])).inserted).toEqual([]);
    await sink.close();

    const again = open(file);
    await again.init();
    const c = stored();
    expect((await again.append([b, c])).inserted).toEqual([c.id]);
    const all: StoredEvent[] = [];
    for await (const event of again.scan()) all.push(event);
    expect(all).toEqual([a, b, c]);
    expect(await again.count()).toBe(3);
    expect(await again.count({ from: b.correctedTs })).toBe(2);
    const ranged: string[] = [];
    for await (const event of again.scan({ from: b.correctedTs, to: b.correctedTs + 1 })) ranged.push(event.id);
    expect(ranged).toEqual([b.id]);
    expect((await again.latest(2)).map((e) => e.id)).toEqual([c.id, b.id]);
    await again.close();
  });

  it('never interleaves or double-stores concurrent appends', async () => {
    const sink = open(`${file}-concurrent`);
    await sink.init();
    const pool = Array.from({ length: 60 }, () => stored());
    const calls = Array.from({ length: 40 }, (_, i) => pool.slice(i % 20, (i % 20) + 30));
    const results = await Promise.all(calls.map((events) => sink.append(events)));
    const inserted = results.flatMap((r) => r.inserted);
    expect(inserted.length).toBe(new Set(inserted).size);
    expect(new Set(inserted)).toEqual(new Set(calls.flat().map((e) => e.id)));
    expect(await sink.count()).toBe(inserted.length);
    await sink.close();
  });
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
