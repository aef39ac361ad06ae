import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectorOf, type CollectorHandler } from '../collector/create-collector.js';
import type { BodyRead, IncomingCall, Reply } from '../http/call.js';
import { clientAddress, proxyHops, requestScheme, type TrustProxySetting } from '../http/client-address.js';

/** A Node `http` request listener, for `http.createServer(listener)` or Express `app.use(path, listener)`. */
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Proxies of yours in front (`true`: one), whose `X-Forwarded-For` / `-Proto` are believed. Default: the collector's `trustProxy`. */
  trustProxy?: TrustProxySetting;
}

/**
 * Serves a collector from Node's `http` (or Express, Connect, Fastify's `raw` routes): the
 * listener reads the `IncomingMessage` directly, without building a Web `Request`, so it is the
 * fast path for Node. The URL is taken relative to where the listener is mounted (`req.url`).
 */
export function toNodeListener(handler: CollectorHandler, options: NodeListenerOptions = {}): NodeListener {
  const collector = collectorOf(handler);
  if (!collector) throw new TypeError('toNodeListener() takes a handler made by createCollector()');
  // The collector's own option counts too: the documented Express mount passes no options here.
  const hops = options.trustProxy === undefined ? collector.proxyHops : proxyHops(options.trustProxy);
  return (request, response) => {
    const call = callFromIncoming(request, hops);
    collector.handle(call).then(
      (reply) => writeReply(request, response, reply),
      (error: unknown) => writeReply(request, response, {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ error: `internal error: ${error instanceof Error ? error.message : String(error)}` }),
      }),
    );
  };
}

function callFromIncoming(request: IncomingMessage, hops: number): IncomingCall {
  const raw = request.url ?? '/';
  const q = raw.indexOf('?');
  const header = (name: string): string | null => {
    const value = request.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    pathname: q === -1 ? raw : raw.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : raw.slice(q + 1)),
    header,
    host: header('host'),
    scheme: requestScheme(header('x-forwarded-proto'), encrypted ? 'https' : 'http', hops),
    readBody: (limit, deadlineMs) => readIncoming(request, limit, deadlineMs),
    ip: clientAddress(header('x-forwarded-for'), request.socket.remoteAddress, hops),
  };
}

function readIncoming(request: IncomingMessage, limit: number, deadlineMs: number): Promise<BodyRead> {
  // A body parser mounted before the collector (express.json(), express.text()) has read the body
  // already: no 'data' or 'end' would ever come, and the request would hang until the client gave up.
  // A 500 (nothing stored, the tracker retries) says why, and the retries succeed once the mount is fixed.
  if (request.readableEnded) {
    return Promise.reject(
      new Error('the request body was already read by another middleware (a body parser such as express.json()?): mount the collector before it'),
    );
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let read = 0;
    let settled = false;
    const finish = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      read += chunk.byteLength;
      if (read > limit) {
        // Stop reading at the limit; the reply closes the connection.
        request.pause();
        finish({ ok: false, tooLarge: true, read });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, read) });
    // An aborted upload: answer as if empty; the client is gone and will not read it anyway.
    const onError = (): void => finish({ ok: true, bytes: new Uint8Array(0) });
    // A body still arriving at the deadline is dripped (slowloris): stop reading; the reply closes the connection.
    const timer = setTimeout(() => {
      request.pause();
      finish({ ok: false, timedOut: true, read });
    }, deadlineMs);
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

function writeReply(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body ?? undefined);
  if (reply.headers.connection === 'close') {
    // The request body was not read to its end: drop the socket once the answer is out.
    response.once('finish', () => request.socket.destroySoon());
  }
}
