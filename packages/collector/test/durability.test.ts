import { afterEach, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { createCollector, createServer, type AppendResult, type Sink, type StoredEvent } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

const dirs: { remove: () => void }[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});

async function countRows(path: string): Promise<{ rows: number; ids: number }> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const result = await connection.runAndReadAll('SELECT count(*), count(DISTINCT id) FROM events');
  const [rows, ids] = result.getRows()[0]!;
  connection.closeSync();
  instance.closeSync();
  return { rows: Number(rows), ids: Number(ids) };
}

describe('durability and dedupe', () => {
  it('stores nothing twice when a batch is retried after a restart', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = `${dir.path}/events.duckdb`;
    const events = Array.from({ length: 50 }, () => pageEvent());
    const body = batchBody(events);

    const first = await createServer({ port: 0, db });
    expect((await post(`${first.url}/collect`, body)).json).toMatchObject({ accepted: 50, duplicates: 0 });
    await first.close();

    const second = await createServer({ port: 0, db });
    expect((await post(`${second.url}/collect`, body)).json).toMatchObject({ accepted: 0, duplicates: 50 });
    // A retry mixing old and new ids stores only the new ones.
    const mixed = [...events.slice(0, 10), pageEvent(), pageEvent()];
    expect((await post(`${second.url}/collect`, batchBody(mixed))).json).toMatchObject({ accepted: 2, duplicates: 10 });
    await second.close();

    expect(await countRows(db)).toEqual({ rows: 52, ids: 52 });
  });

  it('stores each id exactly once under many parallel posts with overlapping ids', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = `${dir.path}/events.duckdb`;
    const server = await createServer({ port: 0, db, rateLimit: false });
    const pool = Array.from({ length: 400 }, () => pageEvent());
    // 80 batches of 50 ids drawn from a pool of 400: every id is posted about 10 times, concurrently.
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const batches = Array.from({ length: 80 }, () => Array.from({ length: 50 }, () => pool[Math.floor(random() * pool.length)]!));
    const answers = await Promise.all(batches.map((batch) => post(`${server.url}/collect`, batchBody(batch))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const accepted = answers.reduce((sum, a) => sum + (a.json.accepted as number), 0);
    const duplicates = answers.reduce((sum, a) => sum + (a.json.duplicates as number), 0);
    const distinct = new Set(batches.flat().map((e) => e.id)).size;
    expect(accepted).toBe(distinct);
    expect(accepted + duplicates).toBe(80 * 50);
    expect(server.collector.stats()).toMatchObject({ accepted: distinct, duplicates: 80 * 50 - distinct, errors: 0 });
    await server.close();
    expect(await countRows(db)).toEqual({ rows: distinct, ids: distinct });
  });

  it('answers 5xx and acknowledges nothing when the store fails', async () => {
    const stored: StoredEvent[] = [];
    let fail = true;
    const sink: Sink = {
      init: async () => undefined,
      append: async (events): Promise<AppendResult> => {
        if (fail) throw new Error('disk full');
        stored.push(...events);
        return { inserted: events.map((e) => e.id) };
      },
      scan: async function* () {
        yield* stored;
      },
      count: async () => stored.length,
      latest: async () => [],
      close: async () => undefined,
    };
    const collector = createCollector({ sink, rateLimit: false });
    const body = batchBody([pageEvent(), pageEvent()]);
    const request = () => new Request('http://localhost/collect', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const failed = await collector(request());
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('5');
    expect(((await failed.json()) as { error: string }).error).toMatch(/disk full/);
    expect(collector.stats()).toMatchObject({ accepted: 0, batches: 0, errors: 1 });
    fail = false;
    const retried = await collector(request());
    expect(retried.status).toBe(200);
    expect(stored).toHaveLength(2);
    await collector.close();
  });

  it('fails fast at startup when the store cannot be opened', async () => {
    await expect(createServer({ port: 0, db: '/nonexistent-dir/x/events.duckdb' })).rejects.toThrow();
  });
});
