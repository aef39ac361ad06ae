/**
 * Scenario 2: the browser goes offline; the visitor browses three pages, clicks CTAs and reaches
 * checkout, then closes the tab. Later a new tab opens online: every event arrives exactly once,
 * and no request was spent while offline (where the driver can tell the page it is offline).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario, sleep } from './harness/scenario.js';
import { clickTo, flush } from './harness/shop-walk.js';

describe('2. offline browsing, tab closed, reopened online', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('delivers every offline event exactly once from the next tab', async () => {
    scenario = await Scenario.open('2 offline, tab closed');
    const visitor = await scenario.newVisitor();
        const page = await visitor.newTab();
    await page.goto(scenario.shop);
    await flush(page);
    expect(scenario.explain(await scenario.waitForDelivery({ settleMs: 0 }))).toEqual([]);

    await visitor.setOffline(true);
    const requestsBefore = scenario.log.collectRequests;
    const trackedBefore = scenario.log.tracked.size;
    await clickTo(page, '[data-cairn-cta="hero-shop-summit"]', '/product/summit-28.html'); // page 1
    await page.click('.buy-box button:has-text("Add to cart")');
    await clickTo(page, '.site-nav a:has-text("Trail Club")', '/pricing.html'); // page 2
    await page.click('[data-cairn-plan="club"]');
    await page.click('[data-cairn-plan="pro"]');
    await clickTo(page, '.cart-link', '/cart.html'); // page 3
    await clickTo(page, 'button:has-text("Proceed to checkout")', '/checkout/shipping.html'); // checkout
    await sleep(300); // a person reads the form before closing the tab
    await page.close();
    const offlineEvents = scenario.log.tracked.size - trackedBefore;
    expect(offlineEvents, 'page views, CTA clicks and checkout steps tracked offline').toBeGreaterThanOrEqual(10);
    if (scenario.engine.can.offlineFlag) {
      expect(scenario.log.collectRequests - requestsBefore, 'requests attempted while offline').toBe(0);
    } else {
      scenario.skip('no request while offline', `${scenario.engine.name}: the driver cannot make navigator.onLine false with pages still loading (WebKitWebDriver has no offline mode; Firefox's refuses every navigation), so the endpoint fails at the network instead`);
    }

    await sleep(1000); // later…
    await visitor.setOffline(false);
    const next = await visitor.newTab();
    await next.goto(scenario.shop);
    const missing = await scenario.waitForDelivery();
    // The last event, checkout('begin'), is queued in the same task as the navigation to the shipping
    // page: its IndexedDB write may never commit. The tracker spills it to localStorage on pagehide and
    // the next page queues it again (packages/tracker/src/outbox/spill.ts); nothing may be missing.
    expect(scenario.explain(missing), 'offline events never delivered').toEqual([]);

    const { tally } = await scenario.finish(`${offlineEvents} tracked offline`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
    // Not asserted: duplicatesReceived. The closed tab's last send may still leave once the browser is
    // back online (the renderer outlives the tab briefly); its answer reaches no page, so the next tab
    // sends the same events again and the store counts them once.
  });
});
