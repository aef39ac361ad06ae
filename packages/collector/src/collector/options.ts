import type { ClassifierSetting } from '../enrich/journey-labels.js';
import type { CorsSetting } from '../http/cors.js';
import type { RateLimit } from '../rate-limit/fixed-window.js';
import type { Sink } from '../sink/sink.js';

/** Options of {@link createCollector}. Everything has a default; `createCollector()` works as is. */
export interface CollectorOptions {
  /**
   * Where to store events (default `./cairn.duckdb`), as `cairn serve --db` reads it: a DuckDB
   * file, an `.ndjson` file, or `clickhouse://host:8123/database`. Ignored when `sink` is given.
   */
  db?: string;
  /** Where to store events instead of `db`: a {@link Sink} (e.g. `ClickHouseSink` with options, your own). */
  sink?: Sink;
  /**
   * Origins allowed to post from a browser, e.g. `['https://shop.example']`, or `'*'` for any.
   * Default: none, i.e. same-origin pages only (requests without `Origin`, from servers, are always served).
   */
  cors?: readonly string[] | '*';
  /**
   * Requests allowed per client (address + `Origin`) per time window on `POST /collect`;
   * over it the answer is `429` with `Retry-After`. Default 600 per minute; `false` turns it off.
   */
  rateLimit?: RateLimit | false;
  /** Largest body read, in bytes (default 512 KB, the protocol's batch limit); bigger bodies get `413`. */
  maxBodyBytes?: number;
  /**
   * Read the client address from `X-Forwarded-For` (its first entry) rather than the socket.
   * Only for a collector behind a proxy you run: clients can write that header. Default `false`.
   */
  trustProxy?: boolean;
  /** Serve `GET /api/report` and `GET /api/events` for dashboards (default `false`: they expose data). */
  api?: boolean;
  /** The stage classifier: a `Classifier`, or options for `createClassifier` (custom rules). Default: the built-in rules. */
  classifier?: ClassifierSetting;
  /** The clock, epoch ms (tests). Default `Date.now`. */
  now?: () => number;
}

/** Counts since the collector started. */
export interface CollectorStats {
  /** Requests handled, whatever the route and answer. */
  requests: number;
  /** Events stored (new ids). */
  accepted: number;
  /** Events acknowledged that were already stored (same id), so not stored again. */
  duplicates: number;
  /** Events refused by validation in batches that were otherwise answered `200`. */
  rejected: number;
  /** Batches answered `200`. */
  batches: number;
  /** Requests answered `5xx` (the store failed; nothing of those batches was acknowledged). */
  errors: number;
}

/** The defaults of {@link CollectorOptions}. */
export const COLLECTOR_DEFAULTS = {
  db: './cairn.duckdb',
  rateLimit: { requests: 600, perMs: 60_000 },
  maxBodyBytes: 512 * 1024,
} as const;
