import type { BodyRead, IncomingCall, Reply } from './call.js';

/** What a runtime may tell about the client besides the `Request`. */
export interface ClientInfo {
  /** The client's address (Node adapters, Bun's `server.requestIP(req).address`). */
  ip?: string;
  /** Deno's `ServeHandlerInfo`: `Deno.serve((req, info) => collector(req, info))`. */
  remoteAddr?: { hostname?: string };
}

/** Adapts a Web `Request` for the collector. */
export function callFromRequest(request: Request, info: ClientInfo | undefined, trustProxy: boolean): IncomingCall {
  const url = new URL(request.url);
  const headers = request.headers;
  return {
    method: request.method.toUpperCase(),
    pathname: url.pathname,
    query: url.searchParams,
    header: (name) => headers.get(name),
    readBody: (limit) => readStream(request.body, limit),
    ip: clientAddress(trustProxy ? headers.get('x-forwarded-for') : null, info?.ip ?? info?.remoteAddr?.hostname),
  };
}

/** The client address: the first `X-Forwarded-For` entry when trusted and present, else the socket's. */
export function clientAddress(forwardedFor: string | null, socketAddress: string | undefined): string | undefined {
  const forwarded = forwardedFor?.split(',')[0]?.trim();
  return forwarded ? forwarded : socketAddress;
}

/** The collector's reply as a Web `Response`. */
export function responseFromReply(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

async function readStream(body: ReadableStream<Uint8Array> | null, limit: number): Promise<BodyRead> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limit) {
      // Stop at the limit: do not pull the rest of an oversized body.
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true, read };
    }
    chunks.push(value);
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
