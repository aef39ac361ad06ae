import type { BodyRead, IncomingCall, Reply } from './call.js';
import { clientAddress, requestScheme } from './client-address.js';

/** What a runtime may tell about the client besides the `Request`. */
export interface ClientInfo {
  /** The client's address (Node adapters, Bun's `server.requestIP(req).address`). */
  ip?: string;
  /** Deno's `ServeHandlerInfo`: `Deno.serve((req, info) => collector(req, info))`. */
  remoteAddr?: { hostname?: string };
}

/** Adapts a Web `Request` for the collector; `hops` is the number of trusted proxies in front. */
export function callFromRequest(request: Request, info: ClientInfo | undefined, hops: number): IncomingCall {
  const url = new URL(request.url);
  const headers = request.headers;
  return {
    method: request.method.toUpperCase(),
    pathname: url.pathname,
    query: url.searchParams,
    header: (name) => headers.get(name),
    host: headers.get('host') ?? url.host,
    scheme: requestScheme(headers.get('x-forwarded-proto'), url.protocol === 'https:' ? 'https' : 'http', hops),
    readBody: (limit, deadlineMs) => readStream(request.body, limit, deadlineMs),
    ip: clientAddress(headers.get('x-forwarded-for'), info?.ip ?? info?.remoteAddr?.hostname, hops),
  };
}

/** The collector's reply as a Web `Response`. */
export function responseFromReply(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

async function readStream(body: ReadableStream<Uint8Array> | null, limit: number, deadlineMs: number): Promise<BodyRead> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  let timedOut = false;
  // Past the deadline, cancelling the stream ends the pending read() with done.
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => undefined);
  }, deadlineMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return { ok: false, timedOut: true, read };
      if (done) break;
      read += value.byteLength;
      if (read > limit) {
        // Stop at the limit: do not pull the rest of an oversized body.
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true, read };
      }
      chunks.push(value);
    }
  } catch (error) {
    if (timedOut) return { ok: false, timedOut: true, read };
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, bytes: concat(chunks, read) };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
