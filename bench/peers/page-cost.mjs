// Cost to the page of one SDK, one run: a fresh browser context loads the blank page with the SDK pointed at
// the sink, then (unless `events` is 0: load-only runs) 1,000 `track` calls are made and we wait until the
// sink has them all, or `windowMs` after the last call returned.
// - eval + init: main-thread time from the script's responseEnd to the end of the init snippet, plus the
//   vendor snippet stub that runs before the script tag (both synchronous, measured in the page).
// - track: Chromium's own main-thread metrics (CDP Performance.getMetrics) from just before the first call
//   until delivery ended (or the window closed), so work an SDK defers to timers, microtasks or idle
//   callbacks is counted too: ThreadTime (CPU time, what the summary shows: it barely moves when other
//   processes load the machine) and TaskDuration (wall time of the tasks).
// - long tasks: PerformanceObserver('longtask') entries (> 50 ms) from page start to the end of the run.
// - bytes/event: wire bytes of the requests that carried events / unique events delivered.
import { setTimeout as sleep } from 'node:timers/promises';
import { newIsolatedContext } from './browser.mjs';
import { newRunId } from './tokens.mjs';

/** Main-thread task time (wall) and main-thread CPU time, in ms, since the renderer started. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value * 1000;
  return { task: get('TaskDuration'), cpu: get('ThreadTime') };
}

/**
 * @param {{ browser: import('playwright-core').Browser, sink: Awaited<ReturnType<import('./sink.mjs').startSink>>,
 *   sdk: import('./sdks.mjs').Sdk, throttle: number, events: number, windowMs: number, vendorHits: Map<string, number> }} o
 */
export async function measurePageCost({ browser, sink, sdk, throttle, events, windowMs, vendorHits }) {
  const run = newRunId();
  const began = Date.now();
  const context = await newIsolatedContext(browser, vendorHits);
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    if (process.env.SINK_DEBUG) page.on('console', (m) => console.error('[console]', m.type(), m.text().slice(0, 200)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${sink.origin}/page/${sdk.id}?run=${run}`, { waitUntil: 'load', timeout: 60000 });
    const load = await page.evaluate((src) => {
      const m = window.__bench.marks;
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === src);
      const evalMs = m.evalEnd - Math.max(m.preEnd, entry ? entry.responseEnd : m.preEnd);
      return { evalMs, initMs: m.initEnd - m.evalEnd + (m.preEnd - m.pre) };
    }, sdk.script);
    if (events === 0) {
      const longTasks = await page.evaluate(() => window.__bench.longTasks.length);
      return { ok: true, evalMs: load.evalMs, initMs: load.initMs, evalInitMs: load.evalMs + load.initMs, longTasks, errors, sessionMs: Date.now() - began };
    }
    await page.waitForFunction(() => window.__ready(), null, { timeout: 30000, polling: 50 });
    await sleep(150);
    const before = await mainThread(cdp);
    const started = Date.now();
    const syncMs = await page.evaluate(
      ({ run, n }) => {
        const t = performance.now();
        for (let i = 0; i < n; i++) window.__track('bench_event', { plan: 'pro', price: 42, step: i % 5, ref: `bt${run}x${i}q` });
        return performance.now() - t;
      },
      { run, n: events },
    );
    const loopEnded = Date.now();
    while (Date.now() - loopEnded < windowMs && sink.stats(run).events < events) await sleep(50);
    const deliveredMs = Date.now() - started;
    const after = await mainThread(cdp);
    const longTasks = await page.evaluate(() => window.__bench.longTasks.length);
    const { events: delivered, bytes, requests } = sink.stats(run);
    return {
      ok: true,
      evalMs: load.evalMs,
      initMs: load.initMs,
      evalInitMs: load.evalMs + load.initMs,
      syncMs,
      trackMs: after.task - before.task,
      trackCpuMs: after.cpu - before.cpu,
      longTasks,
      delivered,
      deliveredMs,
      requests,
      bytesPerEvent: delivered > 0 ? bytes / delivered : NaN,
      errors,
      sessionMs: Date.now() - began,
    };
  } catch (err) {
    return { ok: false, error: String(err.message ?? err).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}
