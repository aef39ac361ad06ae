// Offline delivery of one SDK: load the page online, go offline, track 100 events, reload while still offline
// (the tab's memory is gone; the reload itself fails like a real offline reload), come back online, open the
// page again, and count how many of the 100 reach the sink (unique events), and when the last one came.
// "Offline" is both context.setOffline (navigator.onLine, online/offline events, page requests) and the sink
// dropping every connection, so a keepalive beacon sent on unload cannot slip through the emulation.
// Each SDK gets its own sink (own origin), so SDKs can run this test side by side.
import { setTimeout as sleep } from 'node:timers/promises';
import { newIsolatedContext } from './browser.mjs';
import { newRunId } from './tokens.mjs';

/**
 * @param {{ browser: import('playwright-core').Browser, sink: Awaited<ReturnType<import('./sink.mjs').startSink>>,
 *   sdk: import('./sdks.mjs').Sdk, events: number, quietMs: number, maxMs: number, vendorHits: Map<string, number> }} o
 * @returns {Promise<{ ok: boolean, delivered?: number, whileOffline?: number, lastMs?: number, error?: string }>}
 *   lastMs: time from coming back online to the last event received
 */
export async function measureOffline({ browser, sink, sdk, events, quietMs, maxMs, vendorHits }) {
  const run = newRunId();
  const url = `${sink.origin}/page/${sdk.id}?run=${run}`;
  const context = await newIsolatedContext(browser, vendorHits);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.__ready(), null, { timeout: 30000, polling: 100 });
    await sleep(500);
    await context.setOffline(true);
    sink.setOffline(true);
    await page.evaluate(
      ({ run, n }) => {
        for (let i = 0; i < n; i++) window.__track('bench_event', { plan: 'pro', price: 42, step: i % 5, ref: `bt${run}x${i}q` });
      },
      { run, n: events },
    );
    await sleep(1500);
    await page.reload({ waitUntil: 'load', timeout: 5000 }).catch(() => {});
    // Make sure the tracked page is gone before the network comes back, even if the failed reload was slow.
    await page.goto('about:blank').catch(() => {});
    await sleep(500);
    const whileOffline = sink.stats(run).events;
    await context.setOffline(false);
    sink.setOffline(false);
    const online = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.__ready(), null, { timeout: 30000, polling: 100 }).catch(() => {});
    // Wait until all arrived, or nothing new came for `quietMs` (retries with backoff keep resetting it),
    // or `maxMs` since coming back online.
    let seen = sink.stats(run).events;
    let lastAt = seen > 0 ? Date.now() - online : NaN;
    let quietSince = Date.now();
    while (seen < events && Date.now() - quietSince < quietMs && Date.now() - online < maxMs) {
      await sleep(200);
      const now = sink.stats(run).events;
      if (now !== seen) [seen, lastAt, quietSince] = [now, Date.now() - online, Date.now()];
    }
    return { ok: true, delivered: seen, whileOffline, lastMs: lastAt };
  } catch (err) {
    return { ok: false, error: String(err.message ?? err).split('\n')[0] };
  } finally {
    await context.close();
  }
}
