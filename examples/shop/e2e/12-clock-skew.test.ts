/**
 * Scenario 12: two visitors whose clocks are a day off (one ahead, one behind). The store keeps
 * the raw client times and corrects them with the batch's sentAt (ts + receivedAt − sentAt), so
 * every journey is ordered by when things really happened.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '@cairn/core';
import { Scenario } from './harness/scenario.js';
import { flush, walkToPurchase } from './harness/shop-walk.js';

const DAY = 86_400_000;

/** Shifts Date (now and `new Date()`) by `offset` ms before any page script runs. */
const skewClock = (offset: number) => `(() => {
  const RealDate = Date, offset = ${offset};
  class SkewedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
    static now() { return RealDate.now() + offset; }
  }
  window.Date = SkewedDate;
})();`;

describe('12. the client clock is a day off', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('orders each journey by corrected time', async () => {
    scenario = await Scenario.open('12 clock ±1 day');
    const started = Date.now();
    for (const offset of [DAY, -DAY]) {
      const visitor = await scenario.newVisitor();
      await visitor.addInitScript(skewClock(offset));
      const page = await visitor.newTab();
      await walkToPurchase(page, scenario.shop);
      await flush(page);
    }
    expect(scenario.explain(await scenario.waitForDelivery())).toEqual([]);
    const report = await scenario.api<Report>('/api/report');
    expect(report.checkoutFunnel.steps.map((s) => s.entered), 'both visitors complete the checkout funnel').toEqual([2, 2, 2, 2]);
    const ended = Date.now();

    const { tally, stored } = await scenario.finish();
    expect(tally.lost).toBe(0);
    for (const e of stored.events) {
      expect(Math.abs(e.ts - e.correctedTs), 'raw client time is a day off').toBeGreaterThan(DAY - 60_000);
      expect(e.correctedTs, 'corrected time falls within the test run').toBeGreaterThanOrEqual(started - 2000);
      expect(e.correctedTs).toBeLessThanOrEqual(ended + 2000);
    }
    // Per visitor, the corrected order is the order the pages tracked the events in: the collector corrects
    // all batches of one device by the same offset, so the transit time of each batch cannot swap two events.
    const trackedOrder = [...scenario.log.tracked.keys()];
    const trackedIndex = new Map(trackedOrder.map((id, i) => [id, i]));
    for (const visitor of new Set(stored.events.map((e) => e.anonymousId))) {
      const mine = stored.events
        .filter((e) => e.anonymousId === visitor)
        .sort((a, b) => trackedIndex.get(a.id)! - trackedIndex.get(b.id)!);
      expect(new Set(mine.map((e) => e.correctedTs - e.ts)).size, 'one clock offset per device').toBe(1);
      for (let i = 1; i < mine.length; i++) {
        const [before, after] = [mine[i - 1]!, mine[i]!];
        expect(after.correctedTs, `${before.id} then ${after.id}`).toBeGreaterThanOrEqual(before.correctedTs);
      }
    }
  });
});
