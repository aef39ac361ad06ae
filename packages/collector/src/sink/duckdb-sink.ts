import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { BloomFilter } from './bloom-filter.js';
import { EVENT_COLUMNS, ROW_AS_JSON, SELECT_STAGED, eventFromRow, type EventRow } from './event-columns.js';
import { GroupCommitQueue } from './group-commit.js';
import { RecentIds } from './recent-ids.js';
import type { AppendResult, Sink, StoredEvent, TimeRange } from './sink.js';
import { StagingFile } from './staging-file.js';

/** Options of {@link DuckDbSink}. */
export interface DuckDbSinkOptions {
  /** The database file; created when missing. `:memory:` keeps everything in memory (tests only). */
  path: string;
  /**
   * How many recently stored ids to keep in memory (default 500,000, about 50 MB): a retry of
   * any of them is recognised without touching the table.
   */
  recentIds?: number;
  /**
   * DuckDB's worker threads (default 2). One thread used 15–25 % less CPU per event in our runs
   * but gave less throughput on a busy machine; set 1 where CPU time matters more than rate.
   */
  threads?: number;
  /**
   * Open the file read-only, for reports: no writes, no id index to load, and several readers
   * may share the file (but not with a running collector, which holds it exclusively).
   */
  readOnly?: boolean;
  /** Other DuckDB settings for the database, e.g. `{ memory_limit: '1GB' }` (duckdb.org/docs/configuration/overview). */
  config?: Record<string, string>;
}

type DuckDbModule = typeof import('@duckdb/node-api');

const TABLE = 'events';

/**
 * The default {@link Sink}: an `events` table in a DuckDB file (`docs/storage.md`).
 *
 * **Writes.** Appends queue in a {@link GroupCommitQueue}: all appends waiting while a
 * transaction runs go into the next one. A group's new events are staged as NDJSON in a
 * temporary file and inserted with one `INSERT … SELECT … FROM read_json(…)`, a transaction of
 * its own, so DuckDB parses and writes them on its own threads, and a request is answered only
 * once its events are in the committed (fsynced) WAL.
 *
 * **Dedupe** is exact, decided before the insert, by the only writer of the file (DuckDB locks
 * it to one process): an id in the recent-id set is a duplicate; an id the Bloom filter of every
 * stored id has never seen is new; the rare rest (old retries, 1 in 10,000 false positives) is
 * looked up in the table inside the same serialised step.
 *
 * **Reads** use their own connections and never block writes.
 */
export class DuckDbSink implements Sink {
  private duckdb: DuckDbModule | null = null;
  private instance: DuckDBInstance | null = null;
  private writer: DuckDBConnection | null = null;
  private readonly recent: RecentIds;
  private bloom: BloomFilter = new BloomFilter(1);
  /** Made by a writable sink's init: read-only sinks never stage. */
  private staging: StagingFile | null = null;
  private readonly queue = new GroupCommitQueue((events) => this.commit(events));
  private closed = false;

  constructor(private readonly options: DuckDbSinkOptions) {
    this.recent = new RecentIds(options.recentIds ?? 500_000);
  }

  async init(): Promise<void> {
    // Loaded here, not at the top: the native addon must not load where only the handler is used (workers).
    this.duckdb = await import('@duckdb/node-api');
    const readOnly = this.options.readOnly === true;
    this.instance = await this.duckdb.DuckDBInstance.create(this.options.path, {
      threads: String(this.options.threads ?? 2),
      ...this.options.config,
      ...(readOnly ? { access_mode: 'READ_ONLY' } : {}),
    });
    this.writer = await this.instance.connect();
    if (readOnly) {
      await this.writer.run(`SELECT 1 FROM ${TABLE} LIMIT 0`).catch(() => {
        throw new Error(`${this.options.path} has no ${TABLE} table: is it a Cairn store?`);
      });
      return;
    }
    const columns = EVENT_COLUMNS.map((c) => `${c.name} ${c.sql}`).join(',\n  ');
    await this.writer.run(`CREATE TABLE IF NOT EXISTS ${TABLE} (\n  ${columns}\n)`);
    await this.loadIds();
    this.staging = new StagingFile(); // also removes the staging files of collectors that crashed
  }

  append(events: readonly StoredEvent[]): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the DuckDB sink is closed'));
    if (this.options.readOnly === true) return Promise.reject(new Error('the DuckDB sink was opened read-only'));
    return this.queue.append(events);
  }

  async *scan(range: TimeRange = {}): AsyncIterable<StoredEvent> {
    const connection = await this.connect();
    try {
      const { where, values } = rangeFilter(range);
      const result = await connection.stream(
        `SELECT ${ROW_AS_JSON} FROM ${TABLE}${where} ORDER BY corrected_ts, seq NULLS FIRST, id`,
        values,
      );
      for await (const rows of result.yieldRows()) {
        for (const row of rows) yield eventFromRow(JSON.parse(row[0] as string) as EventRow);
      }
    } finally {
      connection.closeSync();
    }
  }

  async count(range: TimeRange = {}): Promise<number> {
    const connection = await this.connect();
    try {
      const { where, values } = rangeFilter(range);
      const result = await connection.runAndReadAll(`SELECT count(*) FROM ${TABLE}${where}`, values);
      return Number(result.getRows()[0]?.[0] ?? 0);
    } finally {
      connection.closeSync();
    }
  }

  async latest(limit: number): Promise<StoredEvent[]> {
    const connection = await this.connect();
    try {
      const n = Math.max(0, Math.min(10_000, Math.floor(limit)));
      const result = await connection.runAndReadAll(
        `SELECT ${ROW_AS_JSON} FROM ${TABLE} ORDER BY received_at DESC, seq DESC NULLS LAST, id DESC LIMIT ${n}`,
      );
      return result.getRows().map((row) => eventFromRow(JSON.parse(row[0] as string) as EventRow));
    } finally {
      connection.closeSync();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    try {
      // Fold the WAL into the file so that the next open is fast.
      if (this.options.readOnly !== true) await this.writer?.run('CHECKPOINT');
    } finally {
      this.writer?.closeSync();
      this.instance?.closeSync();
      this.writer = null;
      this.instance = null;
      this.staging?.remove();
    }
  }

  private async connect(): Promise<DuckDBConnection> {
    if (!this.instance) throw new Error('the DuckDB sink is not open: call init() first');
    return this.instance.connect();
  }

  /** Fills the Bloom filter with every stored id and the recent set with the newest ones. */
  private async loadIds(): Promise<void> {
    const writer = this.writer!;
    const total = Number((await writer.runAndReadAll(`SELECT count(*) FROM ${TABLE}`)).getRows()[0]?.[0] ?? 0);
    this.bloom = new BloomFilter(Math.max(1_000_000, total * 2));
    const all = await writer.stream(`SELECT id FROM ${TABLE}`);
    for await (const rows of all.yieldRows()) for (const row of rows) this.bloom.add(String(row[0]));
    const newest = await writer.runAndReadAll(
      `SELECT id FROM ${TABLE} ORDER BY received_at DESC LIMIT ${this.recent.capacity}`,
    );
    const ids = newest.getRows();
    for (let i = ids.length - 1; i >= 0; i--) this.recent.add(String(ids[i]![0]));
  }

  /** Writes one group (ids unique within it) in one transaction; see the class comment. */
  private async commit(events: StoredEvent[]): Promise<Set<string>> {
    const fresh: StoredEvent[] = [];
    const unsure: StoredEvent[] = [];
    for (const event of events) {
      if (this.recent.has(event.id)) continue;
      if (this.bloom.mayHave(event.id)) unsure.push(event);
      else fresh.push(event);
    }
    if (unsure.length > 0) {
      const existing = await this.existingIds(unsure.map((event) => event.id));
      for (const event of unsure) if (!existing.has(event.id)) fresh.push(event);
    }
    if (fresh.length === 0) return new Set();
    await this.write(fresh);
    const ids = new Set<string>();
    for (const event of fresh) {
      ids.add(event.id);
      this.recent.add(event.id);
      this.bloom.add(event.id);
    }
    return ids;
  }

  private async write(events: StoredEvent[]): Promise<void> {
    const writer = this.writer;
    if (!writer) throw new Error('the DuckDB sink is not open: call init() first');
    let text = '';
    for (const event of events) text += `${JSON.stringify(event)}\n`;
    // Not fsynced: the staged file is only read by the INSERT below; the commit makes the rows
    // durable. Written synchronously (a page-cache copy): an async write would queue in libuv's
    // thread pool behind DuckDB's own work and stall the group.
    this.staging ??= new StagingFile();
    this.staging.write(text);
    // One statement in auto-commit mode is one transaction: all rows or none, committed (WAL
    // fsynced) before it resolves, in a single round trip.
    try {
      await writer.run(`INSERT INTO ${TABLE} ${SELECT_STAGED}`, [this.staging.path]);
    } finally {
      this.staging.clear();
    }
  }

  private async existingIds(ids: string[]): Promise<Set<string>> {
    const duckdb = this.duckdb!;
    const result = await this.writer!.runAndReadAll(
      `SELECT id FROM ${TABLE} WHERE id IN (SELECT unnest($1))`,
      [duckdb.listValue(ids)],
      [duckdb.LIST(duckdb.VARCHAR)],
    );
    return new Set(result.getRows().map((row) => String(row[0])));
  }
}

function rangeFilter(range: TimeRange): { where: string; values: number[] } {
  const clauses: string[] = [];
  const values: number[] = [];
  if (range.from !== undefined) {
    values.push(range.from);
    clauses.push(`corrected_ts >= $${values.length}`);
  }
  if (range.to !== undefined) {
    values.push(range.to);
    clauses.push(`corrected_ts < $${values.length}`);
  }
  return { where: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', values };
}
