import { describe, expect, it } from 'vitest';
import { analyze, LIMITS, validateBatch, validateEvent, type CairnEvent } from '../../src/index.js';

// Two purchases of value 1e308 made revenue Infinity in the reports (null in JSON), and a purchase of
// -500 was accepted. Money is now finite, at most LIMITS.moneyMax, and negative only on refunds.

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
let n = 0;
const money = (name: string, props: Record<string, unknown>, type = 'checkout'): Record<string, unknown> => ({
  id: `m-${++n}`,
  type,
  name,
  ts: NOW + n,
  anonymousId: `a-${n}`,
  props,
});
const reasons = (input: unknown) => {
  const result = validateEvent(input);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('money values', () => {
  it('refuses values past the bound, as numbers or numeric strings, on every money key', () => {
    expect(reasons(money('purchase', { value: 1e308 }))[0]).toMatch(/^props\.value: .*1000000000000/);
    expect(reasons(money('purchase', { revenue: '1e308' }))[0]).toMatch(/^props\.revenue:/);
    expect(reasons(money('Order Completed', { total: LIMITS.moneyMax * 2 }, 'track'))[0]).toMatch(/^props\.total:/);
    expect(reasons(money('purchase', { value: 10, items: [{ price: 1e300 }] }))[0]).toMatch(/^props\.items\[0\]\.price:/);
    expect(reasons(money('payment', { shipping: 1e20 }))).toHaveLength(1);
  });

  it('refuses negative values except on refunds', () => {
    expect(reasons(money('purchase', { value: -500 }))[0]).toMatch(/^props\.value: .*negative/);
    expect(reasons(money('purchase', { value: '-5' }))).toHaveLength(1);
    expect(reasons(money('refund', { value: -500 }, 'track'))).toEqual([]);
    expect(reasons(money('Order Refunded', { revenue: -120, currency: 'EUR' }, 'track'))).toEqual([]);
    expect(reasons(money('refund', { value: -1e308 }, 'track'))).toHaveLength(1);
  });

  it('accepts ordinary amounts, zero and the bound itself; leaves non-money events alone', () => {
    expect(reasons(money('purchase', { value: 129.99, currency: 'EUR', items: [{ price: 0 }] }))).toEqual([]);
    expect(reasons(money('purchase', { value: LIMITS.moneyMax }))).toEqual([]);
    expect(reasons(money('purchase', { value: 'free' }))).toEqual([]); // not a number: not read as money (0)
    expect(reasons(money('temperature', { value: -40 }, 'track'))).toEqual([]);
  });

  it('keeps report sums finite: the bad purchase is rejected, the good one counted', async () => {
    const batch = validateBatch({ v: 1, sentAt: NOW, events: [money('purchase', { value: 1e308 }), money('purchase', { value: 1e308 }), money('purchase', { value: 50 })] });
    expect(batch.rejected.map((r) => r.index)).toEqual([0, 1]);
    const report = await analyze(batch.events);
    expect(report.totals.revenue).toBe(50);
  });

  it('analyze ignores out-of-range values stored before the bound existed (the sum stays finite)', async () => {
    const stored = [money('purchase', { value: 1e308 }), money('purchase', { value: 1e308 }), money('purchase', { value: 50 })] as unknown as CairnEvent[];
    const report = await analyze(stored);
    expect(Number.isFinite(report.totals.revenue)).toBe(true);
    expect(report.totals.revenue).toBe(50);
    expect(JSON.parse(JSON.stringify(report)).totals.revenue).toBe(50);
  });
});
