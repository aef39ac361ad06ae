import { callFromRequest, responseFromReply, type ClientInfo } from '../http/web-call.js';
import { Collector } from './collector.js';
import type { CollectorOptions, CollectorStats } from './options.js';

/**
 * A Web-standard request handler (`(request) => Promise<Response>`, for Node 20, Deno, Bun and
 * workers) with the collector's lifecycle attached.
 */
export interface CollectorHandler {
  (request: Request, info?: ClientInfo): Promise<Response>;
  /** Resolves once the store is open (rejects with its error): await it to fail fast at startup. */
  ready(): Promise<void>;
  /** Counts since start (requests, stored, duplicate and rejected events, batches, 5xx answers). */
  stats(): CollectorStats;
  /** Waits for writes in flight, then closes the store. Requests after that get `503`. */
  close(): Promise<void>;
}

const collectors = new WeakMap<CollectorHandler, Collector>();

/**
 * Creates a collector: `POST /collect` (v1 batches), `GET /health`, CORS preflights and, with
 * `api: true`, `GET /api/report` and `GET /api/events`. See `docs/collector.md`.
 *
 * ```ts
 * const collector = createCollector({ db: './cairn.duckdb', cors: ['https://shop.example'] });
 * export default { fetch: collector }; // Bun, Deno, workers; Node: createServer() or toNodeListener()
 * ```
 */
export function createCollector(options: CollectorOptions = {}): CollectorHandler {
  const collector = new Collector(options);
  const handler = (async (request: Request, info?: ClientInfo) =>
    responseFromReply(await collector.handle(callFromRequest(request, info, collector.proxyHops)))) as CollectorHandler;
  handler.ready = () => collector.ready();
  handler.stats = () => collector.stats();
  handler.close = () => collector.close();
  collectors.set(handler, collector);
  return handler;
}

/** The collector behind a handler made by {@link createCollector} (for the Node fast path). */
export function collectorOf(handler: CollectorHandler): Collector | undefined {
  return collectors.get(handler);
}
