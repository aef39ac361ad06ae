import { describe, expect, it } from 'vitest';
import { ClickHouseSink, DuckDbSink, NdjsonSink, sinkFromDb } from '../src/index.js';
import { parseClickHouseUrl, redactClickHouseUrl } from '../src/sink/clickhouse/clickhouse-url.js';
import { printableDb } from '../src/sink/sink-from-db.js';

describe('sinkFromDb: one name, one store, for serve, report and createCollector', () => {
  it.each([
    ['clickhouse://host:8123/shop', ClickHouseSink],
    ['CLICKHOUSES://host/shop', ClickHouseSink],
    ['./events.ndjson', NdjsonSink],
    ['events.JSONL', NdjsonSink],
    ['a.json', NdjsonSink],
    ['./cairn.duckdb', DuckDbSink],
    ['clickhouse.duckdb', DuckDbSink],
    [':memory:', DuckDbSink],
  ])('%s', (db, kind) => {
    expect(sinkFromDb(db)).toBeInstanceOf(kind);
    expect(sinkFromDb(db, { readOnly: true })).toBeInstanceOf(kind);
  });
});

describe('ClickHouse URLs', () => {
  it('map to the HTTP interface, the database and the credentials', () => {
    expect(parseClickHouseUrl('clickhouse://host:8123/shop')).toEqual({ url: 'http://host:8123', database: 'shop' });
    expect(parseClickHouseUrl('clickhouse://ch.internal')).toEqual({ url: 'http://ch.internal:8123', database: 'default' });
    expect(parseClickHouseUrl('clickhouses://ch.example/')).toEqual({ url: 'https://ch.example:8443', database: 'default' });
    expect(parseClickHouseUrl('clickhouse://[::1]:9000/db')).toEqual({ url: 'http://[::1]:9000', database: 'db' });
    expect(parseClickHouseUrl('clickhouse://cairn:p%40ss%3Aword@host:8123/shop')).toEqual({
      url: 'http://host:8123',
      database: 'shop',
      username: 'cairn',
      password: 'p@ss:word',
    });
    expect(parseClickHouseUrl('clickhouse://node-1:8123/cairn?insert_quorum=2&distributed_foreground_insert=1')).toEqual({
      url: 'http://node-1:8123',
      database: 'cairn',
      insertSettings: { insert_quorum: '2', distributed_foreground_insert: '1' },
    });
  });

  it('refuse what they cannot mean, with the password left out of the message', () => {
    expect(() => parseClickHouseUrl('clickhouse://host:8123/a/b')).toThrow(/one database/);
    expect(() => parseClickHouseUrl('clickhouse://u:secret@')).toThrow(/not a ClickHouse URL: clickhouse:\/\/u:\*\*\*@/);
    expect(() => parseClickHouseUrl('clickhouse://u:secret@')).not.toThrow(/secret/);
    expect(() => sinkFromDb('clickhouse://host/bad-name!')).toThrow(/letters, digits/);
    expect(() => parseClickHouseUrl('clickhouse://host/db?x%3D1;DROP=2')).toThrow(/not a setting name/);
  });

  it('print without their password', () => {
    expect(redactClickHouseUrl('clickhouse://cairn:hunter2@host:8123/shop')).toBe('clickhouse://cairn:***@host:8123/shop');
    expect(printableDb('clickhouses://cairn@host/shop')).toBe('clickhouses://cairn@host/shop');
    expect(printableDb('./cairn.duckdb')).toBe('./cairn.duckdb');
  });
});
