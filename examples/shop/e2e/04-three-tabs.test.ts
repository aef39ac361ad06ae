/**
 * Scenario 4: three tabs of the shop tracking at once for a while. They share one outbox and one
 * sender at a time (Web Locks): no event lost, and none sent twice by two tabs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Tab } from './harness/engine/engine.js';
import { Scenario, sleep } from './harness/scenario.js';
import { flush } from './harness/shop-walk.js';

describe('4. three tabs tracking at once', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('delivers every event once, with no tab re-sending another tab’s events', async () => {
    scenario = await Scenario.open('4 three tabs at once');
    const visitor = await scenario.newVisitor();
    const tabs: [Tab, string][] = [];
    for (const [path, selector] of [
      ['product/summit-28.html', '.compare button:has-text("Add to cart")'],
      ['pricing.html', '[data-cairn-cta="start-trial"]'],
      ['', '.product-card button:has-text("Add to cart")'],
    ] as const) {
      const page = await visitor.newTab();
      await page.goto(scenario.shop + path);
      tabs.push([page, selector]);
    }
    const until = Date.now() + 15_000;
    for (let i = 0; Date.now() < until; i++) {
      const [page, selector] = tabs[i % tabs.length]!;
      // dispatchEvent: a real click event for the page's listeners, without waiting for animation
      // frames, which background tabs do not get.
      await page.click(selector, { nth: i % 3 === 2 ? 1 : 0, dispatch: true });
      await page.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'tab_tick', { n }), i);
      await sleep(20);
    }
    await Promise.all(tabs.map(([page]) => flush(page)));
    const missing = await scenario.waitForDelivery({ settleMs: 2000 });
    expect(scenario.explain(missing)).toEqual([]);

    const { tally } = await scenario.finish();
    expect(tally.tracked).toBeGreaterThan(100);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesReceived, 'events sent twice (two tabs, or a retry)').toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
