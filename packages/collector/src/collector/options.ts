import type { ClassifierSetting } from '../enrich/journey-labels.js';
import type { TrustProxySetting } from '../http/client-address.js';
import type { HostsSetting } from '../http/host-allow.js';
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
   * The names clients may reach the collector by (`Host`), e.g. `['collector.example']`; an entry
   * without a port allows every port. The loopback names (`localhost`, `127.0.0.1`, `[::1]`) and the
   * hosts of the `cors` origins are always allowed; any other `Host` gets `421` before any work, which
   * is what stops DNS rebinding. `'*'` allows every name (only behind a proxy that checks `Host`).
   */
  hosts?: HostsSetting;
  /**
   * Requests allowed per client address (per /64 for IPv6) per time window on `POST /collect` and `/api/*`;
   * over it the answer is `429` with `Retry-After`. Default 600 per minute; `false` turns it off.
   * Counted in a table of fixed size (about 1.5 MB) whatever the number of clients.
   */
  rateLimit?: RateLimit | false;
  /** Largest body read, in bytes (default 512 KB, the protocol's batch limit); bigger bodies get `413`. */
  maxBodyBytes?: number;
  /** A body not all received this long after its request arrived gets `408` and its connection closed (default 20,000 ms). */
  bodyTimeoutMs?: number;
  /**
   * Proxies of yours in front of the collector: `true` for one, a number for a chain. The client
   * address is then the `X-Forwarded-For` entry the outermost of them appended (counting from the
   * right), and the scheme comes from `X-Forwarded-Proto`. Only for proxies you run: clients can
   * write these headers. Default `false` (the socket's address and scheme).
   */
  trustProxy?: TrustProxySetting;
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
  bodyTimeoutMs: 20_000,
} as const;
