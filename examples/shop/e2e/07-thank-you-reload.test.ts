/**
 * Scenario 7: reloading the thank-you page, or opening it again in another tab, does not record
 * the order twice (the tracker remembers recent order ids). And if the browser forgot (storage
 * cleared), the order's event id is derived from the order id, so the store still keeps it once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '@cairn/core';
import { Scenario } from './harness/scenario.js';
import { flush, walkToPurchase } from './harness/shop-walk.js';

describe('7. thank-you page reloaded', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('records the order once', async () => {
    scenario = await Scenario.open('7 thank-you reload');
    const visitor = await scenario.newVisitor();
    const page = await visitor.newTab();
    const orderId = await walkToPurchase(page, scenario.shop);
    await page.reload();
    await page.reload();
    const again = await visitor.newTab();
    await again.goto(await page.url());
    await flush(again);
    expect(scenario.log.ofType('checkout', 'purchase'), 'purchase events the pages queued').toHaveLength(1);
    expect(scenario.log.dropped.filter((line) => line === `duplicate ${orderId}`).length, 'repeats refused by the tracker').toBe(3);

    // The visitor clears the site's storage, then reloads: the tracker no longer knows the order...
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await flush(page);
    // ...but the event id is the same (order:<site>:<orderId>), so the store keeps one.
    const missing = await scenario.waitForDelivery();
    expect(scenario.explain(missing)).toEqual([]);
    const report = await scenario.api<Report>('/api/report');
    expect(report.totals.conversions, 'orders in the report').toBe(1);

    const { tally, stored } = await scenario.finish(`order ${orderId}: 3 reloads/tabs refused by the tracker, 1 re-send after storage cleared deduped by the store`);
    const purchases = stored.events.filter((e) => e.type === 'checkout' && e.name === 'purchase');
    expect(purchases.map((e) => e.props?.orderId)).toEqual([orderId]);
    const orderEventId = scenario.log.ofType('checkout', 'purchase')[0]!.id;
    expect(orderEventId).toBe(`order:shop:${orderId}`);
    expect(scenario.log.queuedTimes.get(orderEventId), 'queued again after storage was cleared').toBe(2);
    expect(scenario.received.ids.get(orderEventId), 'both copies reached the store').toBeGreaterThanOrEqual(2);
    expect(tally.duplicatesStored).toBe(0);
    expect(tally.lost).toBe(0);
  });
});
