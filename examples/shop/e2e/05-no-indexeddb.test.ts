/**
 * Scenario 5: IndexedDB unavailable, three ways browsers and extensions actually do it — missing
 * (`indexedDB` undefined), refusing (`open()` throws, as Firefox private windows did) and hanging
 * (`open()` never answers, as Safari 14 did). Events still arrive in the page's lifetime.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario } from './harness/scenario.js';
import { clickTo, flush } from './harness/shop-walk.js';

const BLOCKERS: [string, string][] = [
  ['missing', `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`],
  ['throws', `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };`],
  ['hangs', `IDBFactory.prototype.open = function () { return Object.create(IDBOpenDBRequest.prototype); };`],
];

describe('5. IndexedDB unavailable', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('falls back to memory and still delivers, whichever way storage fails', async () => {
    scenario = await Scenario.open('5 no IndexedDB (missing/throws/hangs)');
    for (const [, script] of BLOCKERS) {
      const visitor = await scenario.newVisitor();
      await visitor.addInitScript(script);
      const page = await visitor.newTab();
      await page.goto(`${scenario.shop}blog/packing-light.html`);
      await clickTo(page, '[data-cairn-cta="blog-product-callout"]', '/product/summit-28.html');
      await page.click('.buy-box button:has-text("Add to cart")');
      await page.click('.compare button:has-text("Add to cart") >> nth=0');
      await page.evaluate(() => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'view_item', { sku: 'SUM-28' }));
      await flush(page);
    }
    const missing = await scenario.waitForDelivery({ timeoutMs: 30_000 });
    expect(scenario.explain(missing), 'events lost without IndexedDB').toEqual([]);
    expect(scenario.log.pageErrors).toEqual([]);

    const { tally } = await scenario.finish(BLOCKERS.map(([name]) => name).join(', '));
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
