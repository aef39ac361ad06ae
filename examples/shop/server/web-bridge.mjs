// @ts-check
/**
 * Runs a Web-standard handler (`(Request) => Promise<Response>`, what `createCollector` returns)
 * behind Node's `http` server: the request body is streamed, not buffered, so the collector's
 * own size limit still decides when to stop reading.
 */
import { Readable } from 'node:stream';

/** @typedef {(request: Request, info?: { ip?: string }) => Promise<Response>} WebHandler */

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} origin e.g. `http://127.0.0.1:5173`
 * @returns {Request}
 */
export function toWebRequest(req, origin) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method, headers };
  if (hasBody) {
    init.body = /** @type {ReadableStream<Uint8Array>} */ (Readable.toWeb(req));
    init.duplex = 'half'; // required by undici for a streamed request body
  }
  return new Request(new URL(req.url ?? '/', origin), init);
}

/**
 * @param {Response} response
 * @param {import('node:http').ServerResponse} res
 */
export async function sendWebResponse(response, res) {
  /** @type {Record<string, string>} */
  const headers = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (/** @type {unknown} */ (response.body))) {
      res.write(chunk);
    }
  }
  res.end();
}

/**
 * @param {WebHandler} handler
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} origin
 */
export async function runWebHandler(handler, req, res, origin) {
  try {
    // The socket's address lets the collector rate-limit per client; it never stores it.
    await sendWebResponse(await handler(toWebRequest(req, origin), { ip: req.socket.remoteAddress }), res);
  } catch (err) {
    // A handler that throws is a bug in it; answer 500 so the tracker keeps the events and retries.
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(`demo: handler failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
