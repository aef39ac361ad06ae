/**
 * Scenario 8: the tab crashes while a batch is in flight (Chromium: DevTools `Page.crash`; WebKit: its
 * WebKitWebProcess killed; Firefox: the browser killed, which is what killing its web content process
 * does to a headless Firefox, then started again on the same profile):
 * the store has taken the batch, the page never hears back. When the site is opened again, every
 * event tracked before the crash arrives, and the batch the store already had is not stored twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from './harness/flaky-proxy.js';
import { Scenario, sleep } from './harness/scenario.js';
import { clickTo } from './harness/shop-walk.js';

describe('8. the tab crashes mid-batch', () => {
  let scenario: Scenario | undefined;
  let proxy: FlakyProxy | undefined;
  afterAll(async () => {
    await proxy?.close();
    await scenario?.dispose();
  });

  it('delivers everything tracked before the crash, once', async (test) => {
    scenario = await Scenario.open('8 tab crash mid-batch');
    const unreachable = scenario.engine.can.noReopenAfterCrash;
    if (unreachable) await scenario.skipAll(unreachable, () => test.skip());
    // Every batch reaches the store, but its answer is held for 5 s: the crash lands in between.
    proxy = await startFlakyProxy(scenario.shop, { unavailable: 0, cutBefore: 0, cutAfter: 0, tooMany: 0, slow: 1, retryAfterS: 1, slowMs: 5000 }, 8);
    const visitor = await scenario.newVisitor();
    const page = await visitor.newTab();
    await page.goto(`${proxy.url}blog/packing-light.html`);
    await clickTo(page, '[data-cairn-cta="blog-product-callout"]', '/product/summit-28.html');
    for (let i = 0; i < 40; i++) {
      await page.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'view_item', { n }), i);
    }
    await page.click('.buy-box button:has-text("Add to cart")');
    // Wait until a batch is held at the proxy (stored, unanswered), and the last events are on disk.
    const deadline = Date.now() + 10_000;
    while (proxy.counts.slow === 0 && Date.now() < deadline) await sleep(50);
    expect(proxy.counts.slow, 'a batch in flight when the tab crashes').toBeGreaterThan(0);
    await sleep(300);

    await page.crash();
    const trackedBeforeCrash = scenario.log.tracked.size;

    proxy.heal();
    await sleep(1000);
    const next = await visitor.newTab();
    await next.goto(`${proxy.url}account/`);
    const missing = await scenario.waitForDelivery({ timeoutMs: 40_000, settleMs: 6000 });
    expect(scenario.explain(missing), 'events tracked before the crash that never arrived').toEqual([]);

    const { tally } = await scenario.finish(`${trackedBeforeCrash} tracked before the crash`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
