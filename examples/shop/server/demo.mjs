// @ts-check
/**
 * The Cairn demo in one process: the collector (`@cairn/collector`, DuckDB file, `/collect` and
 * `/api/*`), the shop with `/cairn.js`, the live dashboard, and the built SPA on its own port
 * (its own origin, so its own storage and visitor id). The browser tests start the same thing.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createCollector } from '@cairn/collector';
import { createStaticFiles } from './static-files.mjs';
import { runWebHandler } from './web-bridge.mjs';
import { isTrackerPath, setTrackerAttributes, trackerVariant } from './tracker-tag.mjs';
import { PATHS } from './demo-paths.mjs';

export { PATHS };

/** Paths of the shop's origin that belong to the collector. */
const COLLECTOR_PATHS = /^\/(collect|health|api\/)/;

/** @typedef {import('./web-bridge.mjs').WebHandler} WebHandler */

/**
 * @typedef {object} DemoOptions
 * @property {number} [port] the shop's port (collector and dashboard included); 0 picks a free one. Default 0.
 * @property {number} [spaPort] the SPA's port; default `port + 1`, or a free one when `port` is 0
 * @property {string} [host] default `127.0.0.1`; the demo never listens beyond loopback unless told to
 * @property {string} [db] DuckDB file; default `examples/shop/.data/cairn.duckdb`
 * @property {boolean} [quiet] no request log on stdout
 * @property {Record<string, string | number | boolean>} [tracker] `data-*` attributes set on the shop's
 *   `<script src="/cairn.js">` tag, e.g. `{ 'flush-interval': 250, debug: true }`
 * @property {Record<string, string | number | boolean>} [spaTracker] `createTracker` options handed to the SPA
 *   (through a `<meta name="cairn-options">` tag), e.g. `{ debug: true, flushIntervalMs: 250 }`
 * @property {Record<string, unknown>} [collector] extra `createCollector` options (`db` and `api` are set by the demo)
 * @property {(handler: WebHandler) => WebHandler} [wrapCollector] wraps the collector's handler (the tests count with it)
 */

/**
 * @typedef {object} Demo
 * @property {{ shop: string, dashboard: string, collect: string, spa: string | null }} urls
 * @property {ReturnType<typeof createCollector>} collector the collector's handler (with `stats()`)
 * @property {string} db the DuckDB file
 * @property {() => Promise<void>} close stops the servers, then closes the collector (flushing its store)
 */

/**
 * Starts the demo. Resolves once every server listens.
 * @param {DemoOptions} [options]
 * @returns {Promise<Demo>}
 */
export async function startDemo(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const db = resolve(options.db ?? PATHS.defaultDb);
  mkdirSync(dirname(db), { recursive: true });
  const log = options.quiet ? () => {} : (/** @type {string} */ line) => console.log(line);

  const collector = createCollector({ ...options.collector, db, api: true });
  const demoHosts = hostPattern(host);
  await collector.ready(); // a DuckDB file that cannot be opened fails here, not on the first event
  /** @type {WebHandler} */
  const handler = options.wrapCollector ? options.wrapCollector(collector) : collector;
  const trackerFile = trackerScript();
  const variant = trackerVariant();

  const shopFiles = createStaticFiles({
    root: PATHS.shop,
    rewriteHtml: (html) => setTrackerAttributes(html, options.tracker ?? {}, variant),
  });
  const dashboardFiles = createStaticFiles({ root: PATHS.dashboard });
  const spaFiles = createStaticFiles({
    root: PATHS.spa,
    spaFallback: true,
    rewriteHtml: (html) => withSpaOptions(html, options.spaTracker),
  });

  /**
   * @param {(pathname: string, res: import('node:http').ServerResponse, method?: string) => Promise<boolean>} files
   * @param {boolean} isShop
   * @returns {import('node:http').RequestListener}
   */
  const listener = (files, isShop) => (req, res) => {
    // DNS rebinding: a page on a name its owner points at 127.0.0.1 must not read the demo; the
    // collector's routes check Host again themselves.
    if (!demoHosts.test(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('This demo answers only to its loopback names (localhost, 127.0.0.1, [::1]).');
      return;
    }
    // The URL is read against a fixed base, never one built from Host: `Host: a b` made new URL() throw.
    const origin = `http://${host.includes(':') ? `[${host}]` : host}`;
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', origin).pathname;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request target');
      return;
    }
    if (COLLECTOR_PATHS.test(pathname)) {
      const batch = pathname === '/collect' && req.method === 'POST';
      void runWebHandler(batch && !options.quiet ? logged(handler, log) : handler, req, res, origin);
      return;
    }
    const route = async () => {
      if (isShop && isTrackerPath(pathname)) return serveTracker(res, pathname.slice(1));
      if (isShop && (pathname === '/dashboard' || pathname.startsWith('/dashboard/'))) {
        if (pathname === '/dashboard') return redirect(res, '/dashboard/');
        return dashboardFiles(pathname.slice('/dashboard'.length), res, req.method);
      }
      return files(pathname, res, req.method);
    };
    route()
      .then((served) => {
        if (served === false) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`Not found: ${pathname}`);
        }
      })
      .catch((err) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(err));
      });
  };

  /**
   * Serves `cairn.js` or another script-tag variant (`cairn.full.js`, …) from the tracker's dist/.
   * @param {import('node:http').ServerResponse} res
   * @param {string} file
   */
  async function serveTracker(res, file) {
    const path = trackerFile && join(dirname(trackerFile), file);
    if (!path || !existsSync(path)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${file} is not built yet: run \`pnpm build\` at the repository root.`);
      return true;
    }
    const { readFile } = await import('node:fs/promises');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  }

  const shopServer = createServer(listener(shopFiles, true));
  const shopPort = await listen(shopServer, options.port ?? 0, host);
  const shop = `http://${host}:${shopPort}`;

  /** @type {import('node:http').Server | null} */
  let spaServer = null;
  let spa = null;
  if (existsSync(join(PATHS.spa, 'index.html'))) {
    spaServer = createServer(listener(spaFiles, false));
    const wanted = options.spaPort ?? (options.port ? options.port + 1 : 0);
    spa = `http://${host}:${await listen(spaServer, wanted, host)}/`;
  }

  return {
    urls: { shop: `${shop}/`, dashboard: `${shop}/dashboard/`, collect: `${shop}/collect`, spa },
    collector,
    db,
    async close() {
      await Promise.all([shopServer, spaServer].map((s) => (s ? closeServer(s) : undefined)));
      await collector.close();
    },
  };
}

/**
 * The demo's request log: one line per batch, with what the collector made of it.
 * @param {WebHandler} handler
 * @param {(line: string) => void} log
 * @returns {WebHandler}
 */
function logged(handler, log) {
  return async (request, info) => {
    const response = await handler(request, info);
    const answer = response.ok ? await response.clone().json().catch(() => ({})) : {};
    const site = printable(new URL(request.url).searchParams.get('site') ?? '-');
    const detail = response.ok ? `accepted ${answer.accepted ?? '?'}, duplicates ${answer.duplicates ?? '?'}` : response.statusText;
    log(`${new Date().toISOString().slice(11, 19)}  POST /collect?site=${site}  ${response.status}  ${detail}`);
    return response;
  };
}

/**
 * `Host` values the demo answers: the loopback names and the interface it listens on, any port.
 * @param {string} host
 */
function hostPattern(host) {
  const names = ['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host].map((n) => n.replace(/[.[\]]/g, '\\$&'));
  return new RegExp(`^(?:${names.join('|')})\\.?(?::\\d{1,5})?$`, 'i');
}

/**
 * A client's text fit for the log: control characters (ESC, CR, BEL…) shown as escapes, not run by
 * the terminal, and at most 64 characters.
 * @param {string} text
 */
function printable(text) {
  const clipped = text.length > 64 ? `${text.slice(0, 64)}…` : text;
  return clipped.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Where the built script-tag tracker lives (`@cairn/tracker/cairn.js`), or null when the package is missing. */
function trackerScript() {
  try {
    return createRequire(import.meta.url).resolve('@cairn/tracker/cairn.js');
  } catch {
    return null;
  }
}

/**
 * @param {string} html
 * @param {Record<string, string | number | boolean> | undefined} trackerOptions
 */
function withSpaOptions(html, trackerOptions) {
  if (!trackerOptions) return html;
  const json = JSON.stringify(trackerOptions).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  return html.replace('<head>', `<head>\n    <meta name="cairn-options" content='${json}'>`);
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
function redirect(res, location) {
  res.writeHead(301, { location });
  res.end();
  return true;
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>}
 */
function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolveListen(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** @param {import('node:http').Server} server */
function closeServer(server) {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose(undefined));
    server.closeAllConnections(); // keep-alive sockets of open tabs would hold close() forever
  });
}
