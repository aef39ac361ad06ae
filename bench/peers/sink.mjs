// One local HTTP server on 127.0.0.1 plays every part the SDKs expect from the network: it serves the blank
// test page and each SDK's script, answers the vendors' config endpoints with local stubs, and is the sink
// every event is sent to. It counts, per run id, the unique event tokens received and the bytes on the wire
// (request line + headers + body, as received) of the requests that carried events.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { findTokens } from './tokens.mjs';

const MIME = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/**
 * Starts the sink.
 * @param {{ sdks: import('./sdks.mjs').Sdk[] }} options
 */
export async function startSink({ sdks }) {
  /** @type {Map<string, { events: Set<number>, bytes: number, requests: number }>} */
  const runs = new Map();
  const files = new Map(); // url path → absolute file
  const stubs = []; // { prefix, status, type, body(origin) }
  for (const sdk of sdks) {
    for (const [urlPath, file] of Object.entries(sdk.serve ?? {})) files.set(urlPath, file);
    for (const stub of sdk.stubs ?? []) stubs.push(stub);
  }
  const fileCache = new Map();
  // Each page's own script is read once, now: a rebuild during the run cannot change it halfway.
  for (const sdk of sdks) {
    const file = files.get(sdk.script);
    if (file) fileCache.set(file, await readFile(file));
  }

  let offline = false;
  const server = createServer((req, res) => {
    if (offline) {
      // "Offline" for everything, keepalive beacons included: DevTools' offline emulation does not cover
      // requests that outlive the page (e.g. sendBeacon on unload), a real dead network does.
      req.socket.destroy();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      handle(req, res, body).catch((err) => {
        res.writeHead(500).end(String(err));
      });
    });
  });

  function record(req, body) {
    const found = findTokens(req.url, body);
    if (found.size === 0) return;
    let headerBytes = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`.length + 2;
    for (let i = 0; i < req.rawHeaders.length; i += 2) headerBytes += req.rawHeaders[i].length + req.rawHeaders[i + 1].length + 4;
    const wire = headerBytes + body.length;
    // A request carrying tokens of several runs cannot happen (one run per browser context); bill the first.
    let first = true;
    for (const [run, indexes] of found) {
      let entry = runs.get(run);
      if (!entry) runs.set(run, (entry = { events: new Set(), bytes: 0, requests: 0 }));
      for (const i of indexes) entry.events.add(i);
      if (first) {
        entry.bytes += wire;
        entry.requests += 1;
        first = false;
      }
    }
  }

  async function handle(req, res, body) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const origin = `http://${req.headers.host}`;
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
      'cache-control': 'no-store',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (process.env.SINK_DEBUG) console.error('[sink]', req.method, req.url, body.length, body.subarray(0, 160).toString('latin1'));
    record(req, body);
    if (url.pathname.startsWith('/page/')) {
      const sdk = sdks.find((s) => s.id === url.pathname.slice('/page/'.length));
      if (!sdk) return void res.writeHead(404, cors).end('no such sdk');
      const html = pageHtml(sdk, origin, url.searchParams.get('run') ?? '');
      res.writeHead(200, { ...cors, 'content-type': MIME['.html'] }).end(html);
      return;
    }
    const file = files.get(url.pathname);
    if (file) {
      let data = fileCache.get(file);
      if (!data) fileCache.set(file, (data = await readFile(file)));
      res.writeHead(200, { ...cors, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(data);
      return;
    }
    const stub = stubs.find((s) => url.pathname.startsWith(s.prefix));
    if (stub) {
      const text = typeof stub.body === 'function' ? stub.body(origin, url) : stub.body;
      res.writeHead(stub.status ?? 200, { ...cors, 'content-type': stub.type ?? MIME['.json'] }).end(text);
      return;
    }
    res.writeHead(200, { ...cors, 'content-type': MIME['.json'] }).end('{}');
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Unique events, wire bytes and requests seen so far for a run. */
    stats(run) {
      const entry = runs.get(run);
      return { events: entry ? entry.events.size : 0, bytes: entry ? entry.bytes : 0, requests: entry ? entry.requests : 0 };
    },
    /** While true every connection is dropped without a response, as on a dead network. */
    setOffline(value) {
      offline = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/**
 * The blank test page: a long-task observer and timing marks around the SDK's own snippet, script tag and init.
 * `__bench.marks`: pre/preEnd around the snippet stub, evalEnd right after the script tag ran, initEnd after init.
 */
export function pageHtml(sdk, origin, run) {
  const attrs = typeof sdk.attrs === 'function' ? sdk.attrs(origin) : (sdk.attrs ?? '');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>cairn bench: ${sdk.id}</title>
<script>
window.__bench = { run: ${JSON.stringify(run)}, longTasks: [], marks: {} };
try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { __bench.longTasks.push(e.duration); }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
__bench.marks.pre = performance.now();
</script>
<script>${sdk.pre ?? ''}
__bench.marks.preEnd = performance.now();</script>
<script src="${sdk.script}" ${attrs}></script>
<script>
__bench.marks.evalEnd = performance.now();
${sdk.init ?? ''}
__bench.marks.initEnd = performance.now();
window.__track = ${sdk.track};
window.__ready = ${sdk.ready ?? 'function () { return true; }'};
</script>
</head><body><h1>blank page</h1><p>${sdk.name}</p></body></html>`;
}
