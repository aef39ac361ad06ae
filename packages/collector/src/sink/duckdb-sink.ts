import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { EVENT_COLUMNS, SELECT_COLUMNS, eventFromRow, type EventRow } from './event-columns.js';
import { GroupCommitQueue } from './group-commit.js';
import { RecentIds } from './recent-ids.js';
import type { AppendResult, Sink, StoredEvent, TimeRange } from './sink.js';

/** Options of {@link DuckDbSink}. */
export interface DuckDbSinkOptions {
  /** The database file; created when missing. `:memory:` keeps everything in memory (tests only). */
  path: string;
  /**
   * How many recently stored ids to remember, so that retried batches are recognised without a
   * query (default 500,000, about 50 MB). Dedupe stays exact beyond it: the table's primary key
   * catches the rest.
   */
  recentIds?: number;
  /** DuckDB's worker threads (default 2). */
  threads?: number;
}

type DuckDbModule = typeof import('@duckdb/node-api');

const TABLE = 'events';

/**
 * The default {@link Sink}: an `events` table in a DuckDB file (`docs/storage.md`).
 *
 * Writes go through one connection, one group commit at a time (see {@link GroupCommitQueue}):
 * the group's new events are appended with DuckDB's appender inside `BEGIN … COMMIT`, so a
 * request is acknowledged only once its events are in the committed, fsynced WAL. Ids already
 * stored are filtered first with an in-memory set of recent ids; any older duplicate makes the
 * primary key refuse the append, and the group is then redone after asking the table which of
 * its ids exist. Reads use their own connections and never block writes.
 */
export class DuckDbSink implements Sink {
  private duckdb: DuckDbModule | null = null;
  private instance: DuckDBInstance | null = null;
  private writer: DuckDBConnection | null = null;
  private appender: DuckDBAppender | null = null;
  private readonly recent: RecentIds;
  private readonly queue = new GroupCommitQueue((events) => this.commit(events));
  private closed = false;

  constructor(private readonly options: DuckDbSinkOptions) {
    this.recent = new RecentIds(options.recentIds ?? 500_000);
  }

  async init(): Promise<void> {
    // Loaded here, not at the top: the native addon must not load where only the handler is used (workers).
    this.duckdb = await import('@duckdb/node-api');
    this.instance = await this.duckdb.DuckDBInstance.create(this.options.path, {
      threads: String(this.options.threads ?? 2),
    });
    this.writer = await this.instance.connect();
    const columns = EVENT_COLUMNS.map((c) => `${c.name} ${c.sql}`).join(',\n  ');
    await this.writer.run(`CREATE TABLE IF NOT EXISTS ${TABLE} (\n  ${columns}\n)`);
    const recent = await this.writer.runAndReadAll(
      `SELECT id FROM ${TABLE} ORDER BY received_at DESC LIMIT ${this.recent.capacity}`,
    );
    const ids = recent.getRows().map((row) => String(row[0]));
    for (let i = ids.length - 1; i >= 0; i--) this.recent.add(ids[i]!);
    this.appender = await this.writer.createAppender(TABLE);
  }

  append(events: readonly StoredEvent[]): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the DuckDB sink is closed'));
    return this.queue.append(events);
  }

  async *scan(range: TimeRange = {}): AsyncIterable<StoredEvent> {
    const connection = await this.connect();
    try {
      const { where, values } = rangeFilter(range);
      const result = await connection.stream(
        `SELECT ${SELECT_COLUMNS} FROM ${TABLE}${where} ORDER BY corrected_ts, seq NULLS FIRST, id`,
        values,
      );
      for await (const rows of result.yieldRowObjectJs()) {
        for (const row of rows) yield eventFromRow(row as EventRow);
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
        `SELECT ${SELECT_COLUMNS} FROM ${TABLE} ORDER BY received_at DESC, seq DESC NULLS LAST, id DESC LIMIT ${n}`,
      );
      return result.getRowObjectsJS().map((row) => eventFromRow(row as EventRow));
    } finally {
      connection.closeSync();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    try {
      this.appender?.closeSync();
      // Fold the WAL into the file so that the next open is fast.
      await this.writer?.run('CHECKPOINT');
    } finally {
      this.writer?.closeSync();
      this.instance?.closeSync();
      this.appender = null;
      this.writer = null;
      this.instance = null;
    }
  }

  private async connect(): Promise<DuckDBConnection> {
    if (!this.instance) throw new Error('the DuckDB sink is not open: call init() first');
    return this.instance.connect();
  }

  /** Writes one group (ids unique within it) in one transaction; see the class comment. */
  private async commit(events: StoredEvent[]): Promise<Set<string>> {
    const fresh = events.filter((event) => !this.recent.has(event.id));
    if (fresh.length === 0) return new Set();
    try {
      await this.write(fresh);
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      // A duplicate older than the recent-id set (after a restart, or evicted): ask the table.
      const existing = await this.existingIds(fresh.map((event) => event.id));
      const rest = fresh.filter((event) => !existing.has(event.id));
      if (rest.length === 0) return new Set();
      await this.write(rest);
      return this.remember(rest);
    }
    return this.remember(fresh);
  }

  private remember(events: StoredEvent[]): Set<string> {
    const ids = new Set<string>();
    for (const event of events) {
      ids.add(event.id);
      this.recent.add(event.id);
    }
    return ids;
  }

  private async write(events: StoredEvent[]): Promise<void> {
    const writer = this.writer;
    const appender = this.appender;
    if (!writer || !appender) throw new Error('the DuckDB sink is not open: call init() first');
    await writer.run('BEGIN TRANSACTION');
    try {
      for (const event of events) appendRow(appender, event);
      appender.flushSync();
      await writer.run('COMMIT');
    } catch (error) {
      // The appender may hold half a chunk: drop it and start a fresh one.
      try {
        appender.clear();
      } catch {
        // already empty
      }
      await writer.run('ROLLBACK').catch(() => undefined);
      throw error;
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

function appendRow(appender: DuckDBAppender, event: StoredEvent): void {
  for (const column of EVENT_COLUMNS) {
    const value = column.read(event);
    if (value === undefined || value === null) appender.appendNull();
    else if (column.kind === 'int') appender.appendBigInt(BigInt(value as number));
    else if (column.kind === 'json') appender.appendVarchar(JSON.stringify(value));
    else appender.appendVarchar(value as string);
  }
  appender.endRow();
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Error && /constraint|duplicate key/i.test(error.message);
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
    clauses.push(`corrected_ts <= $${values.length}`);
  }
  return { where: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', values };
}
