import { LIMITS, validateBatch, type Classifier, type ValidationError } from '@cairn/core';
import { deviceClass } from '../enrich/device-class.js';
import { ClockOffsets } from '../enrich/clock-offsets.js';
import { enrichEvent, type LabelEvent } from '../enrich/enrich-event.js';
import { journeyLabels, resolveClassifier } from '../enrich/journey-labels.js';
import type { IncomingCall, Reply } from '../http/call.js';
import { isAcceptedContentType } from '../http/content-type.js';
import { echo } from '../http/echo.js';
import { proxyHops } from '../http/client-address.js';
import { emptyReply, errorReply, jsonReply } from '../http/reply.js';
import { decodeUtf8 } from '../http/utf8.js';
import { exceedsJsonDepth } from '../http/json-depth.js';
import { mayHoldLoneSurrogates, wellFormed } from '../http/lone-surrogates.js';
import { sinkFromDb } from '../sink/sink-from-db.js';
import type { Sink } from '../sink/sink.js';
import { buildReport } from '../report/build-report.js';
import { parseRange } from '../report/parse-range.js';
import { COLLECTOR_DEFAULTS, type CollectorOptions, type CollectorStats } from './options.js';
import { RequestGate } from './request-gate.js';

/** The answer to a batch: what `POST /collect` returns with `200`. */
export interface CollectResult {
  /** Events stored by this request. */
  accepted: number;
  /** Events already stored before (same id): acknowledged, not stored again. */
  duplicates: number;
  /** Events refused, each with its position, its id when it had one, and why. */
  rejected: { index: number; id?: string; reason: string }[];
}

/**
 * Bodies nested deeper than this are refused unparsed (see exceedsJsonDepth). A batch needs 3
 * levels plus `props`' 4; deeper `props` are still parsed, so that the rest of their batch is kept.
 */
const MAX_JSON_DEPTH = 1000;

/** Reports queued at once, the running one included; more get `429` rather than a place in an endless queue. */
const MAX_WAITING_REPORTS = 4;

type RouteHandler = (call: IncomingCall) => Promise<Reply>;
interface Route {
  methods: Record<string, RouteHandler>;
  /** Only served when `api: true`. */
  api?: boolean;
}

/**
 * The collector behind the Web handler and the Node server: routes, CORS, rate limits,
 * body limits, validation, enrichment and the store. One instance owns one {@link Sink}.
 */
export class Collector {
  readonly sink: Sink;
  private readonly gate: RequestGate;
  private readonly maxBodyBytes: number;
  private readonly bodyTimeoutMs: number;
  /** Trusted proxies in front (`trustProxy`): how many `X-Forwarded-For` entries to believe. */
  readonly proxyHops: number;
  private readonly label: LabelEvent;
  /** Per-device clock offsets, so one visitor's batches are all corrected alike. */
  private readonly clockOffsets = new ClockOffsets();
  /** The stage classifier of ingest, reused by reports so both agree. */
  readonly classifier: Classifier;
  private readonly now: () => number;
  private readonly routes: Record<string, Route>;
  private readonly counts: CollectorStats = { requests: 0, accepted: 0, duplicates: 0, rejected: 0, batches: 0, errors: 0 };
  private readonly opened: Promise<void>;
  private closing: Promise<void> | null = null;
  private reports: Promise<unknown> = Promise.resolve();
  private waitingReports = 0;

  constructor(private readonly options: CollectorOptions = {}) {
    this.sink = options.sink ?? sinkFromDb(options.db ?? COLLECTOR_DEFAULTS.db);
    this.gate = new RequestGate(options);
    this.proxyHops = proxyHops(options.trustProxy);
    this.maxBodyBytes = options.maxBodyBytes ?? COLLECTOR_DEFAULTS.maxBodyBytes;
    this.bodyTimeoutMs = options.bodyTimeoutMs ?? COLLECTOR_DEFAULTS.bodyTimeoutMs;
    this.classifier = resolveClassifier(options.classifier);
    this.label = journeyLabels(this.classifier);
    this.now = options.now ?? Date.now;
    this.routes = {
      '/collect': { methods: { POST: (call) => this.collect(call) } },
      '/health': { methods: { GET: () => this.health(), HEAD: () => this.health() } },
      '/api/report': { api: true, methods: { GET: (call) => this.report(call) } },
      '/api/events': { api: true, methods: { GET: (call) => this.latestEvents(call) } },
    };
    this.opened = this.sink.init();
    // Surfaced by ready() and by every request; never an unhandled rejection.
    this.opened.catch(() => undefined);
  }

  /** Resolves once the store is open; rejects with the store's error. */
  ready(): Promise<void> {
    return this.opened;
  }

  stats(): CollectorStats {
    return { ...this.counts };
  }

  close(): Promise<void> {
    this.closing ??= this.opened.then(
      () => this.sink.close(),
      () => undefined,
    );
    return this.closing;
  }

  /** Answers one request. Never throws: a failure of the store becomes a 5xx, anything else a 4xx. */
  async handle(call: IncomingCall): Promise<Reply> {
    this.counts.requests++;
    let reply: Reply;
    try {
      reply = await this.route(call);
    } catch (error) {
      reply = errorReply(500, `internal error: ${messageOf(error)}`);
    }
    if (reply.status >= 500) this.counts.errors++;
    return reply;
  }

  private async route(call: IncomingCall): Promise<Reply> {
    const wrongHost = this.gate.checkHost(call);
    if (wrongHost) return wrongHost;
    const route = Object.prototype.hasOwnProperty.call(this.routes, call.pathname) ? this.routes[call.pathname] : undefined;
    if (!route || (route.api && !this.options.api)) return errorReply(404, `no route ${echo(call.pathname)}`);
    const allowed = [...Object.keys(route.methods), 'OPTIONS'].join(', ');
    const refused = this.gate.checkOrigin(call, allowed);
    if (refused) return refused;
    // The read endpoints cost a read of the store each: they count against the client's rate too.
    const limited = route.api && call.method !== 'OPTIONS' ? this.gate.checkRate(call, this.now()) : null;
    if (limited) return limited;
    const handler = Object.prototype.hasOwnProperty.call(route.methods, call.method) ? route.methods[call.method] : undefined;
    const reply = handler
      ? await handler(call)
      : errorReply(405, `${echo(call.method)} is not allowed on ${call.pathname}`, {}, { allow: allowed });
    Object.assign(reply.headers, this.gate.corsHeaders(call));
    return reply;
  }

  private async health(): Promise<Reply> {
    if (this.closing) return errorReply(503, 'the collector is closing');
    try {
      await this.opened;
    } catch (error) {
      return errorReply(503, `the store is not available: ${messageOf(error)}`);
    }
    return jsonReply(200, { ok: true });
  }

  private async collect(call: IncomingCall): Promise<Reply> {
    const receivedAt = this.now();
    const limited = this.gate.checkRate(call, receivedAt);
    if (limited) return limited;
    if (!isAcceptedContentType(call.header('content-type'))) {
      return errorReply(415, 'send the batch as application/json or text/plain (UTF-8)');
    }
    const declared = Number(call.header('content-length') ?? NaN);
    if (declared > this.maxBodyBytes) return this.tooLarge(declared);
    const body = await call.readBody(this.maxBodyBytes, this.bodyTimeoutMs);
    if (!body.ok) return 'timedOut' in body ? this.tooSlow(body.read) : this.tooLarge(body.read);
    const text = decodeUtf8(body.bytes);
    if (text === null) return errorReply(400, 'the body is not valid UTF-8');
    if (exceedsJsonDepth(body.bytes, MAX_JSON_DEPTH)) {
      return errorReply(400, `the body nests deeper than ${MAX_JSON_DEPTH} levels; a batch needs about 8`);
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return errorReply(400, `the body is not JSON: ${messageOf(error)}`);
    }
    if (body.bytes.byteLength > LIMITS.batchBytes) return this.tooLarge(body.bytes.byteLength);
    const batch = validateBatch(input, { bytes: body.bytes.byteLength });
    if (batch.errors.length > 0 || batch.sentAt === undefined) {
      return errorReply(400, 'the batch is not a v1 batch; nothing was stored', { details: batch.errors });
    }
    // Half an emoji (a label cut mid-pair) becomes U+FFFD: stored, instead of a 503 retried forever.
    // After validation, which refuses such ids: replaced, two ids could become one and collide.
    if (mayHoldLoneSurrogates(text)) batch.events = batch.events.map((event) => wellFormed(event) as typeof event);
    const context = { receivedAt, sentAt: batch.sentAt, device: deviceClass(call.header('user-agent')) };
    const estimate = receivedAt - batch.sentAt;
    const events = batch.events.map((event) =>
      enrichEvent(event, context, this.label, this.clockOffsets.settle(event.anonymousId, estimate)),
    );
    let inserted: string[];
    try {
      await this.opened;
      inserted = (await this.sink.append(events)).inserted;
    } catch (error) {
      return errorReply(503, `the store failed; nothing of this batch was stored, retry later: ${messageOf(error)}`, {}, {
        'retry-after': '5',
      });
    }
    const result: CollectResult = {
      accepted: inserted.length,
      duplicates: events.length - inserted.length,
      rejected: batch.rejected.map((r) => ({ index: r.index, ...(r.id === undefined ? {} : { id: r.id }), reason: reasonOf(r.errors) })),
    };
    this.counts.batches++;
    this.counts.accepted += result.accepted;
    this.counts.duplicates += result.duplicates;
    this.counts.rejected += result.rejected.length;
    return jsonReply(200, result);
  }

  private tooLarge(bytes: number): Reply {
    // The rest of the body was not read: close the connection rather than reuse it.
    return errorReply(
      413,
      `the body is larger than ${this.maxBodyBytes} bytes${Number.isFinite(bytes) ? ` (${bytes} read or declared)` : ''}; split the batch`,
      { limit: this.maxBodyBytes },
      { connection: 'close' },
    );
  }

  private tooSlow(bytes: number): Reply {
    return errorReply(408, `the body did not arrive within ${this.bodyTimeoutMs} ms (${bytes} bytes read); send it again`, {}, { connection: 'close' });
  }

  private async report(call: IncomingCall): Promise<Reply> {
    const range = parseRange(call.query.get('from'), call.query.get('to'));
    if (!range.ok) return errorReply(400, range.error);
    await this.opened;
    if (this.waitingReports >= MAX_WAITING_REPORTS) {
      return errorReply(429, `${MAX_WAITING_REPORTS} reports are already waiting; retry after the delay in Retry-After`, {}, { 'retry-after': '5' });
    }
    // One report at a time: each reads its whole range, and a dashboard polling must not pile them up.
    this.waitingReports++;
    const run = this.reports.then(() => buildReport(this.sink, { range: range.range, analyze: { classifier: this.classifier } }));
    this.reports = run.catch(() => undefined);
    const report = await run.finally(() => this.waitingReports--);
    return jsonReply(200, report);
  }

  private async latestEvents(call: IncomingCall): Promise<Reply> {
    const raw = call.query.get('limit');
    const limit = raw === null ? 50 : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return errorReply(400, 'limit must be an integer from 1 to 1000');
    }
    await this.opened;
    return jsonReply(200, { events: await this.sink.latest(limit) });
  }
}

function reasonOf(errors: ValidationError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
