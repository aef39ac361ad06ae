/**
 * For a driver with no request interception, no init scripts and no console events (classic WebDriver
 * against WebKitGTK): a reverse proxy the visitor's pages load through. It
 * - puts `/__e2e/init.js` first in every HTML page's <head>: the page relay (console lines and uncaught
 *   errors sent back here with synchronous requests, in order) and the visitor's init scripts;
 * - counts `POST /collect` and, offline or blocked, fails it at the network level (connection destroyed);
 * - passes everything else through, keeping the Host header (the collector checks Origin against it).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageSink } from './engine.js';

const RELAY = `(() => {
  const send = (body) => {
    try {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/__e2e/log', false); // synchronous: lines arrive in the order they were written
      xhr.send(JSON.stringify(body));
    } catch {
      navigator.sendBeacon('/__e2e/log', JSON.stringify(body)); // no synchronous requests while unloading
    }
  };
  for (const type of ['debug', 'log', 'info', 'warn', 'error']) {
    const original = console[type].bind(console);
    console[type] = (...args) => {
      send({ type, text: args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ') });
      original(...args);
    };
  }
  addEventListener('error', (e) => send({ error: String(e.message || e.error) }));
  addEventListener('unhandledrejection', (e) => send({ error: String(e.reason && e.reason.message || e.reason) }));
})();`;

export interface PageProxy {
  /** The proxy's origin, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export interface PageProxyState {
  sink: PageSink;
  initScripts: string[];
  /** Fail `/collect` at the network level. */
  endpointDown(): boolean;
}

export async function startPageProxy(target: string, state: PageProxyState): Promise<PageProxy> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      if (path === '/__e2e/log') {
        try {
          const line = JSON.parse(body.toString('utf8')) as { type?: string; text?: string; error?: string };
          if (line.error !== undefined) state.sink.pageError(line.error);
          else state.sink.console(line.type ?? 'log', line.text ?? '');
        } catch {
          /* a torn line */
        }
        res.writeHead(204).end();
        return;
      }
      if (path === '/__e2e/init.js') {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        res.end([RELAY, ...state.initScripts].join('\n;\n'));
        return;
      }
      if (req.method === 'POST' && path.startsWith('/collect')) {
        state.sink.collectRequest();
        if (state.endpointDown()) return void req.socket.destroy();
      }
      const headers = { ...req.headers };
      delete headers['accept-encoding']; // the HTML is rewritten: no compressed bodies
      const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          let payload = Buffer.concat(parts);
          const type = String(answer.headers['content-type'] ?? '');
          if (type.includes('text/html')) payload = Buffer.from(inject(payload.toString('utf8')));
          const outHeaders = { ...answer.headers, 'content-length': String(payload.length) };
          delete outHeaders['transfer-encoding'];
          if (type.includes('text/html')) outHeaders['cache-control'] = 'no-store';
          res.writeHead(answer.statusCode ?? 502, outHeaders).end(payload);
        });
        answer.on('error', () => res.destroy());
      });
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `<script src="/__e2e/init.js">` first in <head> (a same-origin file, so a CSP of 'self' allows it). */
function inject(html: string): string {
  const tag = '<script src="/__e2e/init.js"></script>';
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

