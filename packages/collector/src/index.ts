/**
 * `@cairn/collector`: Cairn's reference endpoint. It validates and dedupes event batches,
 * labels each event with its journey stage, stores them durably (DuckDB by default) and turns
 * the store into reports. See `docs/collector.md`.
 *
 * @packageDocumentation
 */

// The endpoint
export { createCollector } from './collector/create-collector.js';
export type { CollectorHandler } from './collector/create-collector.js';
export type { CollectorOptions, CollectorStats } from './collector/options.js';
export type { CollectResult } from './collector/collector.js';
export type { ClientInfo } from './http/web-call.js';
export type { CorsSetting } from './http/cors.js';
export type { HostsSetting } from './http/host-allow.js';
export type { TrustProxySetting } from './http/client-address.js';
export type { RateLimit } from './rate-limit/fixed-window.js';
export type { ClassifierSetting } from './enrich/journey-labels.js';
export { deviceClass } from './enrich/device-class.js';

// Node
export { createServer } from './server/create-server.js';
export type { RunningServer, ServerOptions } from './server/create-server.js';
export { toNodeListener } from './server/node-listener.js';
export type { NodeListener, NodeListenerOptions } from './server/node-listener.js';

// Storage
export { DuckDbSink } from './sink/duckdb-sink.js';
export type { DuckDbSinkOptions } from './sink/duckdb-sink.js';
export { NdjsonSink } from './sink/ndjson-sink.js';
export type { NdjsonSinkOptions } from './sink/ndjson-sink.js';
export { ClickHouseSink } from './sink/clickhouse/clickhouse-sink.js';
export type { ClickHouseSinkOptions } from './sink/clickhouse/clickhouse-sink.js';
export { sinkFromDb } from './sink/sink-from-db.js';
export type { SinkFromDbOptions } from './sink/sink-from-db.js';
export type { AppendResult, DeviceClass, Sink, StoredEvent, TimeRange } from './sink/sink.js';

// Reports
export { buildReport } from './report/build-report.js';
export type { BuildReportOptions } from './report/build-report.js';
export { formatTextReport } from './report/format-text.js';
export { renderHtmlReport } from './report/html/render-html.js';
export type { HtmlReportOptions } from './report/html/render-html.js';
export { parseRange } from './report/parse-range.js';
export type { ParsedRange } from './report/parse-range.js';
