import { ClickHouseSink } from './clickhouse/clickhouse-sink.js';
import { isClickHouseUrl, parseClickHouseUrl, redactClickHouseUrl } from './clickhouse/clickhouse-url.js';
import { DuckDbSink } from './duckdb-sink.js';
import { NdjsonSink } from './ndjson-sink.js';
import type { Sink } from './sink.js';

/** Options of {@link sinkFromDb}. */
export interface SinkFromDbOptions {
  /** Open the store only to read it (reports): nothing is created or changed. Default `false`. */
  readOnly?: boolean;
}

/** One kind of store a `--db` value can name; the first whose `matches` is true is used. */
interface StoreKind {
  matches: (db: string) => boolean;
  open: (db: string, options: SinkFromDbOptions) => Sink;
}

/**
 * Every store a `--db` (or `createCollector({ db })`) value can name, in the order they are tried.
 * The one place that maps a store's name to its {@link Sink}: `cairn serve`, `cairn report` and
 * the collector's default all go through {@link sinkFromDb}, so what one writes the others read.
 */
const STORE_KINDS: readonly StoreKind[] = [
  {
    // clickhouse[s]://user:password@host:8123/database?insert_setting=value
    matches: isClickHouseUrl,
    open: (db, { readOnly }) => new ClickHouseSink({ ...parseClickHouseUrl(db), readOnly: readOnly === true }),
  },
  {
    // .ndjson, .jsonl, .json: one JSON event per line
    matches: (db) => /\.(nd)?jsonl?$/i.test(db),
    open: (db, { readOnly }) => new NdjsonSink({ path: db, readOnly: readOnly === true }),
  },
  {
    // anything else is a DuckDB file
    matches: () => true,
    open: (db, { readOnly }) => new DuckDbSink({ path: db, readOnly: readOnly === true }),
  },
];

/**
 * The {@link Sink} a store name stands for: `clickhouse://host:8123/db` (or `clickhouses://`) a
 * {@link ClickHouseSink}, a `.ndjson` / `.jsonl` / `.json` file an {@link NdjsonSink}, any other
 * path a {@link DuckDbSink} file. Not opened yet: call `init()`.
 */
export function sinkFromDb(db: string, options: SinkFromDbOptions = {}): Sink {
  return STORE_KINDS.find((kind) => kind.matches(db))!.open(db, options);
}

/** The store's name as it may be printed: a ClickHouse URL without its password. */
export const printableDb = (db: string): string => (isClickHouseUrl(db) ? redactClickHouseUrl(db) : db);

/** Whether the store is a local file (which a report's `--out` must not overwrite), not a server. */
export const isFileDb = (db: string): boolean => !isClickHouseUrl(db);
