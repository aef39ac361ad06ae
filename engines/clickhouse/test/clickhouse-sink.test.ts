import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseSink, type StoredEvent } from '@cairn/collector';
import { sinkContract, storedEvent } from '../../../packages/collector/test/support/sink-contract.js';
import { testClickHouse, type TestClickHouse } from './support/clickhouse.js';

let clickhouse: TestClickHouse;
beforeAll(async () => {
  clickhouse = await testClickHouse();
});
afterAll(() => clickhouse.remove());

async function all(sink: ClickHouseSink): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of sink.scan()) events.push(event);
  return events;
}

describe('ClickHouseSink', () => {
  sinkContract((store) => clickhouse.sink(store));

  it('creates a ReplacingMergeTree partitioned by month and sorted by (anonymous_id, ts, id)', async () => {
    const sink = clickhouse.sink('schema');
    await sink.init();
    const reader = clickhouse.sink('schema', { readOnly: true });
    await reader.init();
    await sink.close();
    await reader.close();
    // The table's definition, read back from the engine itself.
    const client = await clickhouse.client();
    const ddl = await (
      await client.query({
        query: 'SELECT engine, partition_key, sorting_key FROM system.tables WHERE database = {db:String} AND name = {table:String}',
        query_params: { db: clickhouse.options('schema').database, table: 'events' },
        format: 'JSONEachRow',
      })
    ).json();
    await client.close();
    expect(ddl).toEqual([
      { engine: 'ReplacingMergeTree', partition_key: "toYYYYMM(fromUnixTimestamp64Milli(ts, 'UTC'))", sorting_key: 'anonymous_id, ts, id' },
    ]);
  });

  it('stores one row per event when several collectors store the same batches at once', async () => {
    const collectors = Array.from({ length: 4 }, () => clickhouse.sink('load-balanced'));
    for (const sink of collectors) await sink.init();
    const events = Array.from({ length: 200 }, (_, i) => storedEvent({ anonymousId: `anon-${i % 7}` }));
    // Every collector gets every event, in overlapping batches, all at the same time: a retry storm behind a load balancer.
    const batches = collectors.flatMap((sink, c) =>
      Array.from({ length: 10 }, (_, b) => sink.append(events.slice((b * 20 + c * 7) % 200, ((b * 20 + c * 7) % 200) + 40))),
    );
    await Promise.all(batches);
    await Promise.all(collectors.map((sink) => sink.append(events)));
    const ids = (await all(collectors[0]!)).map((event) => event.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(new Set(events.map((event) => event.id)));
    expect(await collectors[1]!.count()).toBe(events.length);
    for (const sink of collectors) await sink.close();
  });

  it('reads every event once although copies of it sit in unmerged parts', async () => {
    const sink = clickhouse.sink('copies');
    await sink.init();
    const events = Array.from({ length: 5 }, () => storedEvent());
    await sink.append(events);
    // Copies written past the sink's lookup, as two collectors racing would: one insert (one part) each.
    const client = await clickhouse.client();
    for (let copy = 0; copy < 3; copy++) {
      await client.insert({
        table: `${clickhouse.options('copies').database}.events`,
        values: events.map((event) => ({ id: event.id, type: event.type, name: event.name, ts: event.ts, sent_at: event.sentAt + copy, received_at: event.receivedAt + copy, corrected_ts: event.correctedTs, anonymous_id: event.anonymousId, device: event.device })),
        format: 'JSONEachRow',
      });
    }
    await client.close();
    expect(await sink.count()).toBe(5);
    expect((await all(sink)).map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect((await sink.latest(10)).length).toBe(5);
    // And a retry of one of them is recognised as stored.
    expect((await sink.append([events[2]!, storedEvent({ id: 'new-one' })])).inserted).toEqual(['new-one']);
    await sink.close();
  });

  it('rounds fractional times to whole milliseconds, as the DuckDB store does', async () => {
    const sink = clickhouse.sink('fractions');
    await sink.init();
    const event = storedEvent();
    await sink.append([{ ...event, ts: event.ts + 0.5, correctedTs: event.correctedTs + 0.4 }]);
    const [back] = await all(sink);
    expect(back!.ts).toBe(event.ts + 1);
    expect(back!.correctedTs).toBe(event.correctedTs);
    await sink.close();
  });

  it('opens read-only for reports: refuses writes, and refuses a store without the table', async () => {
    const writer = clickhouse.sink('read-only');
    await writer.init();
    const a = storedEvent();
    await writer.append([a]);
    await writer.close();
    const reader = clickhouse.sink('read-only', { readOnly: true });
    await reader.init();
    expect(await reader.latest(5)).toEqual([a]);
    await expect(reader.append([storedEvent()])).rejects.toThrow(/read-only/);
    await reader.close();
    await expect(clickhouse.sink('never-created', { readOnly: true }).init()).rejects.toThrow(/no table/);
  });

  it('answers an append only once its rows are readable from another connection', async () => {
    const writer = clickhouse.sink('durable');
    await writer.init();
    const reader = clickhouse.sink('durable', { readOnly: true });
    await reader.init();
    for (let round = 1; round <= 5; round++) {
      await writer.append(Array.from({ length: 30 }, () => storedEvent()));
      expect(await reader.count()).toBe(round * 30);
    }
    await writer.close();
    await reader.close();
  });

  it('refuses database and table names that are not plain identifiers', () => {
    expect(() => new ClickHouseSink({ database: 'x; DROP TABLE y' })).toThrow(/letters, digits/);
    expect(() => new ClickHouseSink({ table: 'events`' })).toThrow(/letters, digits/);
  });
});
