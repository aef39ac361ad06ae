/**
 * Scenario 10: the origin's storage full (Chromium: DevTools `Storage.overrideQuotaForOrigin`, 1 byte;
 * Firefox and WebKit: every IndexedDB write transaction aborts, as a full quota does), the endpoint
 * unreachable long enough for the outbox to overflow its bound, and the site's script storage erased
 * between visits (as Safari's ITP does). The tracker keeps working, drops only the oldest events
 * beyond `maxQueue`, and reports how many it dropped — loss is visible, never silent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario } from './harness/scenario.js';
import { eraseSiteStorage } from './harness/site-storage.js';
import { flush } from './harness/shop-walk.js';

const MAX_QUEUE = 25;

describe('10. tiny storage quota, overflow, site data cleared', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('keeps working and reports exactly what it dropped', async () => {
    scenario = await Scenario.open('10 tiny quota, overflow, data cleared', { tracker: { 'max-queue': MAX_QUEUE } });
    const origin = new URL(scenario.shop).origin;
    const visitor = await scenario.newVisitor();
    await visitor.exceedQuota(origin);
    const page = await visitor.newTab();

    // Visit 1: storage refuses every write; events still go out from memory.
    await page.goto(`${scenario.shop}product/summit-28.html`);
    await page.click('.buy-box button:has-text("Add to cart")');
    await flush(page);
    expect(scenario.explain(await scenario.waitForDelivery({ settleMs: 0 }))).toEqual([]);

    // The endpoint goes dark; 40 more events overflow the 25-event bound.
    await visitor.blockEndpoint(true);
    for (let i = 0; i < 40; i++) {
      await page.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'view_item', { n }), i);
    }
    await flush(page);
    const dropped = scenario.log.droppedByCount();
    expect(dropped, 'events dropped beyond maxQueue, as reported by the tracker').toBeGreaterThan(0);
    await visitor.blockEndpoint(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online'))); // what the browser fires when the network returns
    await flush(page);
    const missingAfterOverflow = await scenario.waitForDelivery({ allowMissing: dropped, timeoutMs: 45_000 });
    expect(missingAfterOverflow.length, 'missing events = reported drops').toBe(dropped);
    expect(scenario.log.ofType('track', 'cairn_dropped').length, 'a cairn_dropped event was queued').toBeGreaterThan(0);

    // Visit 2, after the site's data is cleared: a new visitor id, the tracker works as before.
    await eraseSiteStorage(visitor, scenario.shop);
    await page.goto(`${scenario.shop}pricing.html`);
    await page.click('[data-cairn-plan="club"]');
    await flush(page);
    const missing = await scenario.waitForDelivery({ allowMissing: dropped, timeoutMs: 30_000 });
    expect(missing.length).toBe(dropped);

    const { tally, stored } = await scenario.finish(`maxQueue ${MAX_QUEUE}, storage full`);
    const drops = stored.events.filter((e) => e.name === 'cairn_dropped');
    expect(drops.reduce((n, e) => n + Number(e.props?.count ?? 0), 0), 'drop counts that reached the store').toBe(dropped);
    expect(new Set(stored.events.map((e) => e.anonymousId)).size, 'clearing site data starts a new visitor').toBe(2);
    expect(tally.lost, 'events missing beyond the reported drops').toBe(0);
    expect(tally.duplicatesStored).toBe(0);
    expect(scenario.log.pageErrors).toEqual([]);
  });
});
