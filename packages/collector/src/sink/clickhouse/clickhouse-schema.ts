import { EVENT_COLUMNS, type EventColumn } from '../event-columns.js';

/**
 * Columns whose values repeat a lot (a handful of stages, channels, devices, rule ids): stored as
 * `LowCardinality`, a dictionary per part, which makes the report's `GROUP BY stage` and filters
 * on them read integers instead of strings.
 */
const LOW_CARDINALITY = new Set(['type', 'stage', 'rule_id', 'channel', 'device', 'utm_source', 'utm_medium']);

/** ClickHouse's type for each kind of {@link EventColumn}. `props` stays the JSON text (see docs/storage.md). */
const BASE_TYPE: Record<EventColumn['kind'], string> = { text: 'String', int: 'Int64', json: 'String' };

/** The ClickHouse type of one column of the `events` table, derived from its DuckDB definition. */
export function clickHouseType(column: EventColumn): string {
  const nullable = !/\bNOT NULL\b/i.test(column.sql);
  const base = nullable ? `Nullable(${BASE_TYPE[column.kind]})` : BASE_TYPE[column.kind];
  return LOW_CARDINALITY.has(column.name) ? `LowCardinality(${base})` : base;
}

/**
 * The sorting key, which is also the key `ReplacingMergeTree` dedupes on. Every part of it is a
 * field the browser wrote into the event before its first send, so a retry of an event (the same
 * outbox entry, sent again to any collector) has the same key and collapses into one row. The
 * times set by a collector (`received_at`, `corrected_ts`) differ between retries and must stay
 * out of it. `anonymous_id` first keeps each visitor's events together on disk, which is the
 * order the report reads them in (one sequence per person).
 */
export const SORTING_KEY = ['anonymous_id', 'ts', 'id'] as const;

/** Months of the client's clock: `ts` is in the sorting key, so every copy of an event lands in the same partition. */
export const PARTITION_KEY = "toYYYYMM(fromUnixTimestamp64Milli(ts, 'UTC'))";

/** A ClickHouse identifier (database, table): letters, digits, `_`, not starting with a digit. */
export function checkIdentifier(name: string, what: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`the ClickHouse ${what} name must be letters, digits and _, got "${name}"`);
  return name;
}

/** Options of {@link createTableSql}. */
export interface TableSqlOptions {
  /** The engine clause; default a single server's `ReplacingMergeTree`. */
  engine?: string;
  /** `ON CLUSTER …` and the like, after the table name. */
  onCluster?: string;
}

/**
 * `CREATE TABLE IF NOT EXISTS` of the `events` table: the DuckDB store's columns, a
 * `ReplacingMergeTree` deduplicating on {@link SORTING_KEY}, one partition per month.
 *
 * `fsync_after_insert` / `fsync_part_directory`: an insert returns only once its part is on disk,
 * so an acknowledged event survives a power cut (ClickHouse's default only reaches the page cache).
 * The `minmax` index on `corrected_ts` lets a report's time range skip granules although the table
 * is not sorted by it.
 */
export function createTableSql(table: string, options: TableSqlOptions = {}): string {
  const columns = EVENT_COLUMNS.map((column) => `  ${column.name} ${clickHouseType(column)}`);
  columns.push('  INDEX corrected_ts_range corrected_ts TYPE minmax GRANULARITY 1');
  return [
    `CREATE TABLE IF NOT EXISTS ${table}${options.onCluster ? ` ${options.onCluster}` : ''}`,
    `(\n${columns.join(',\n')}\n)`,
    `ENGINE = ${options.engine ?? 'ReplacingMergeTree'}`,
    `PARTITION BY ${PARTITION_KEY}`,
    `ORDER BY (${SORTING_KEY.join(', ')})`,
    'SETTINGS fsync_after_insert = 1, fsync_part_directory = 1',
  ].join('\n');
}
