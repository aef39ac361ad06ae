import type { ClickHouseClient, ClickHouseClientConfigOptions, ClickHouseSettings } from '@clickhouse/client';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from '../event-columns.js';
import { GroupCommitQueue } from '../group-commit.js';
import type { AppendResult, Sink, StoredEvent, TimeRange } from '../sink.js';
import { checkIdentifier, createTableSql } from './clickhouse-schema.js';

/** Options of {@link ClickHouseSink}. */
export interface ClickHouseSinkOptions {
  /** The server's HTTP interface (default `http://localhost:8123`). Not used with `connection`. */
  url?: string;
  /** The database holding the table (default `default`); created when missing, unless `readOnly`. */
  database?: string;
  /** The table (default `events`). On a cluster, the `Distributed` table (docs/storage.md). */
  table?: string;
  username?: string;
  password?: string;
  /**
   * A ready connection for `@clickhouse/client` instead of HTTP, e.g. chdb's in-process engine:
   * `createChdbConnection({ path })` from `chdb/connection`.
   */
  connection?: ClickHouseClientConfigOptions['connection'];
  /** Only read (what `cairn report` does): the table must exist; `append` rejects. Default `false`. */
  readOnly?: boolean;
  /**
   * Create the database and the single-server table when missing (default `true`). Turn it off
   * where the tables are made by hand, e.g. a cluster's (docs/storage.md).
   */
  createTable?: boolean;
  /**
   * Settings sent with every insert, on top of the defaults `async_insert = 1,
   * wait_for_async_insert = 1`. On a cluster add `insert_quorum` and
   * `distributed_foreground_insert = 1` so an acknowledged batch is on enough replicas
   * (docs/storage.md).
   */
  insertSettings?: ClickHouseSettings;
}

/** How many ids one "which of these are stored?" query asks about (they travel in the URL). */
const LOOKUP_CHUNK = 500;

/**
 * Inserts are asynchronous on the server and awaited: the server gathers the small batches of
 * every collector into one part (many tiny inserts make "too many parts"), and answers each only
 * after that part is written, so an acknowledgement still means durable.
 */
const INSERT_DEFAULTS: ClickHouseSettings = { async_insert: 1, wait_for_async_insert: 1 };

/**
 * A {@link Sink} in ClickHouse, for stores that outgrow one machine and for several collectors
 * behind a load balancer (`docs/storage.md`, `docs/collector.md`).
 *
 * **Dedupe** has two layers. The table is a `ReplacingMergeTree` whose sorting key
 * (`anonymous_id, ts, id`) holds only fields the browser set, so every copy of an event, from a
 * retry or from two collectors racing, is one row once parts merge, and every read uses `FINAL`,
 * so reports never count a copy that has not merged yet. Before inserting, the sink asks which of
 * a group's ids are stored already (a primary-key lookup) and leaves those out: that keeps the
 * table small and makes `inserted` (the collector's accepted/duplicate counts) exact, except for
 * two collectors storing the same event at the same instant, which both count it once.
 *
 * **Writes** go through a {@link GroupCommitQueue}: appends arriving while an insert runs share
 * the next one, and nobody is answered before the insert holding their events has returned.
 */
export class ClickHouseSink implements Sink {
  private client: ClickHouseClient | null = null;
  private readonly table: string;
  private readonly database: string;
  private readonly queue = new GroupCommitQueue((events) => this.commit(events));
  private closed = false;

  constructor(private readonly options: ClickHouseSinkOptions = {}) {
    this.database = checkIdentifier(options.database ?? 'default', 'database');
    this.table = `${this.database}.${checkIdentifier(options.table ?? 'events', 'table')}`;
  }

  async init(): Promise<void> {
    // Loaded here, not at the top: most collectors never talk to ClickHouse.
    const { createClient } = await import('@clickhouse/client');
    const { connection, url, username, password } = this.options;
    this.client = createClient({
      ...(connection ? { connection } : { url: url ?? 'http://localhost:8123' }),
      ...(username === undefined ? {} : { username }),
      ...(password === undefined ? {} : { password }),
      // Lets the lookup and the reports compare ints and strings alike on any server version.
      clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
    });
    const where = connection ? 'the in-process ClickHouse' : (url ?? 'http://localhost:8123');
    if (this.options.readOnly === true) {
      const exists = await this.rows<{ result: number | string }>(`EXISTS TABLE ${this.table}`).catch((error: unknown) => {
        throw new Error(`cannot reach ClickHouse at ${where}: ${messageOf(error)}`);
      });
      if (Number(exists[0]?.result) !== 1) throw new Error(`ClickHouse at ${where} has no table ${this.table}: is it a Cairn store?`);
      return;
    }
    if (this.options.createTable === false) return;
    try {
      if (this.database !== 'default') await this.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${this.database}` });
      await this.client.command({ query: createTableSql(this.table) });
    } catch (error) {
      throw new Error(`cannot create ${this.table} in ClickHouse at ${where}: ${messageOf(error)}`);
    }
  }

  append(events: readonly StoredEvent[]): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the ClickHouse sink is closed'));
    if (this.options.readOnly === true) return Promise.reject(new Error('the ClickHouse sink was opened read-only'));
    return this.queue.append(events);
  }

  async *scan(range: TimeRange = {}): AsyncIterable<StoredEvent> {
    const { where, params } = rangeFilter(range);
    const result = await this.open().query({
      query: `SELECT ${COLUMN_LIST} FROM ${this.table} FINAL${where} ORDER BY corrected_ts, seq NULLS FIRST, id`,
      query_params: params,
      format: 'JSONEachRow',
    });
    for await (const rows of result.stream<EventRow>()) {
      for (const row of rows) yield eventFromRow(row.json());
    }
  }

  async count(range: TimeRange = {}): Promise<number> {
    const { where, params } = rangeFilter(range);
    const rows = await this.rows<{ n: number | string }>(`SELECT count() AS n FROM ${this.table} FINAL${where}`, params);
    return Number(rows[0]?.n ?? 0);
  }

  async latest(limit: number): Promise<StoredEvent[]> {
    const n = Math.max(0, Math.min(10_000, Math.floor(limit)));
    const rows = await this.rows<EventRow>(
      `SELECT ${COLUMN_LIST} FROM ${this.table} FINAL ORDER BY received_at DESC, seq DESC NULLS LAST, id DESC LIMIT ${n}`,
    );
    return rows.map(eventFromRow);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    await this.client?.close();
    this.client = null;
  }

  /** Runs a `SELECT` and returns its rows (JSON objects, 64-bit ints as numbers). */
  private async rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const result = await this.open().query({ query, query_params: params, format: 'JSONEachRow' });
    return result.json<T>();
  }

  private open(): ClickHouseClient {
    if (!this.client) throw new Error('the ClickHouse sink is not open: call init() first');
    return this.client;
  }

  /** Stores one group (ids unique within it): the ids not stored yet, in one insert. */
  private async commit(events: StoredEvent[]): Promise<Set<string>> {
    const stored = await this.storedIds(events);
    const fresh = events.filter((event) => !stored.has(event.id));
    if (fresh.length === 0) return new Set();
    await this.open().insert({
      table: this.table,
      values: fresh.map(rowOf),
      columns: COLUMN_NAMES,
      format: 'JSONCompactEachRow',
      clickhouse_settings: { ...INSERT_DEFAULTS, ...this.options.insertSettings },
    });
    return new Set(fresh.map((event) => event.id));
  }

  /** Which of these events' ids are stored already: a lookup by the sorting key's prefix, not a scan. */
  private async storedIds(events: StoredEvent[]): Promise<Set<string>> {
    const stored = new Set<string>();
    for (let i = 0; i < events.length; i += LOOKUP_CHUNK) {
      const chunk = events.slice(i, i + LOOKUP_CHUNK);
      const rows = await this.rows<{ id: string }>(
        `SELECT DISTINCT id FROM ${this.table} WHERE anonymous_id IN {anonymous:Array(String)} AND id IN {ids:Array(String)}`,
        { anonymous: [...new Set(chunk.map((event) => event.anonymousId))], ids: chunk.map((event) => event.id) },
      );
      for (const row of rows) stored.add(row.id);
    }
    return stored;
  }
}

const COLUMN_NAMES = EVENT_COLUMNS.map((column) => column.name) as [string, ...string[]];
const COLUMN_LIST = COLUMN_NAMES.join(', ');

/** One event as a `JSONCompactEachRow` row in table order; times rounded to whole ms as in DuckDB. */
function rowOf(event: StoredEvent): unknown[] {
  return EVENT_COLUMNS.map((column) => {
    const value = column.read(event);
    if (value === undefined || value === null) return null;
    if (column.kind === 'int') return Math.round(value as number);
    if (column.kind === 'json') return JSON.stringify(value);
    return value;
  });
}

function rangeFilter(range: TimeRange): { where: string; params: Record<string, number> } {
  const clauses: string[] = [];
  const params: Record<string, number> = {};
  if (range.from !== undefined) {
    params.from = Math.ceil(range.from);
    clauses.push('corrected_ts >= {from:Int64}');
  }
  if (range.to !== undefined) {
    params.to = Math.ceil(range.to);
    clauses.push('corrected_ts < {to:Int64}');
  }
  return { where: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
