// `pnpm bench 35-tracker-cost`: what `dist/cairn.js` costs the page that calls it, in Debian's Chromium.
// A blank page on a local server loads the script tag; then, in one task, 1,000 `track` calls, 1,000 `cta`
// calls or 100 SPA page views (`history.pushState` then `page()`). Printed: the synchronous time of
// the calls (what the site's own code waits for), and the main-thread CPU time from the first call until
// the endpoint has acknowledged every event (the IndexedDB writes and sends the calls lead to), medians
// of RUNS fresh browser contexts. Chromium missing: the suite says so and skips.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumPath, launchBrowser } from '../peers/browser.mjs';

const RUNS = Number(process.env.TRACKER_COST_RUNS) || 5;
const require = createRequire(import.meta.url);
const script = readFileSync(require.resolve('@cairn/tracker/cairn.js'));

try {
  chromiumPath();
} catch {
  console.log('Skipped: no `chromium` on PATH (apt-get install -y chromium).');
  process.exit(0);
}

/** The workloads: each runs in the page, in one task, and returns how many events it should produce. */
const WORKLOADS = [
  { name: '1,000 × track(name, props)', calls: 1000, code: (n) => { for (let i = 0; i < n; i++) cairn('track', 'bench_event', { plan: 'pro', price: 42, step: i % 5 }); return n; } },
  { name: '1,000 × cta(name, props)', calls: 1000, code: (n) => { for (let i = 0; i < n; i++) cairn('cta', 'signup', { plan: 'pro' }); return n; } },
  // page() right after each pushState: the automatic page view waits for a timeout (the app may set the
  // title first) and would see only the last URL of a loop that never yields.
  { name: '100 × pushState + page()', calls: 100, code: (n) => { for (let i = 0; i < n; i++) { history.pushState(null, '', `/spa/${i}?q=${i}`); cairn('page'); } return n; } },
  // The same navigations on a page without Cairn: Chromium's pushState alone is most of the row above.
  { name: '100 × pushState, no tracker', calls: 100, bare: true, code: (n) => { for (let i = 0; i < n; i++) history.pushState(null, '', `/spa/${i}?q=${i}`); return 0; } },
];

let received = 0;
const server = createServer((req, res) => {
  if (req.url.startsWith('/collect')) {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { events } = JSON.parse(body);
      received += events.filter((e) => e.type !== 'page' || e.name.startsWith('/spa/')).length;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ accepted: events.length, duplicates: 0, rejected: [] }));
    });
  } else if (req.url === '/cairn.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(script);
  } else if (req.url === '/bare') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>bench</title><script>window.cairn = () => {}</script>');
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>bench</title><script src="/cairn.js" data-endpoint="/collect" data-site="bench" data-auto-cta="false"></script>');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

const cpuMs = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const rows = [];
try {
  for (const workload of WORKLOADS) {
    const sync = [];
    const cpu = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${origin}/${workload.bare ? 'bare' : ''}`, { waitUntil: 'load' });
      await sleep(1500); // past the visit's first look at the outbox
      received = 0;
      const before = await cpuMs(cdp);
      // The workload's source, timed in the page (a string expression: Playwright evaluates it as is).
      const result = await page.evaluate(
        `(() => { const t = performance.now(); const expected = (${workload.code})(${workload.calls}); return { ms: performance.now() - t, expected }; })()`,
      );
      await page.evaluate(() => cairn('flush'));
      for (let waited = 0; received < result.expected && waited < 30_000; waited += 50) await sleep(50);
      if (received < result.expected) throw new Error(`${workload.name}: ${received} of ${result.expected} events arrived`);
      cpu.push((await cpuMs(cdp)) - before);
      sync.push(result.ms);
      await context.close();
    }
    rows.push({ workload, sync: median(sync), cpu: median(cpu) });
  }
} finally {
  await browser.close();
  server.close();
}

const f = (x, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`| workload | synchronous, ms | per call, µs | main-thread CPU until acknowledged, ms | per event, µs |`);
console.log('|---|---:|---:|---:|---:|');
for (const { workload, sync, cpu } of rows) {
  console.log(`| ${workload.name} | ${f(sync)} | ${f((sync * 1000) / workload.calls, 0)} | ${f(cpu)} | ${f((cpu * 1000) / workload.calls, 0)} |`);
}
console.log(`\nMedians of ${RUNS} fresh browser contexts (TRACKER_COST_RUNS), Chromium ${browser.version()}, the script tag as built.`);
