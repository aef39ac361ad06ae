import { describe, expect, it } from 'vitest';
import { lifecycle, repeatPurchaseRate, retention, type CairnEvent } from '../../src/index.js';
import { periodIndex, periodLabel } from '../../src/analytics/lifecycle/periods.js';
import { DAY, T0, ev } from './fixtures.js';

const W = 7 * DAY;
const seen = (person: string, week: number, day = 1): CairnEvent => ev({ anonymousId: person, ts: T0 + week * W + day * DAY });
const buy = (person: string, week: number, order: string): CairnEvent =>
  ev({ anonymousId: person, type: 'checkout', name: 'purchase', ts: T0 + week * W + 2 * DAY, props: { orderId: order, value: 10 } });

/**
 * Weeks W0…W3 (starting Monday 2026-01-05):
 *   p1 active W0, W1, W3 (buys in W0)
 *   p2 active W1 (buys twice in W1)
 *   p3 active W0, W2 (buys in W0)
 */
const events: CairnEvent[] = [
  seen('p1', 0),
  buy('p1', 0, 'p1-a'),
  seen('p1', 1),
  seen('p1', 3),
  seen('p2', 1),
  buy('p2', 1, 'p2-a'),
  buy('p2', 1, 'p2-b'),
  seen('p3', 0),
  buy('p3', 0, 'p3-a'),
  seen('p3', 2),
];

describe('periods', () => {
  it('labels UTC days, ISO weeks (Monday) and months', () => {
    const wednesday = Date.UTC(2026, 0, 7, 15);
    expect(periodLabel(periodIndex(wednesday, 'day'), 'day')).toBe('2026-01-07');
    expect(periodLabel(periodIndex(wednesday, 'week'), 'week')).toBe('2026-01-05');
    expect(periodLabel(periodIndex(wednesday, 'month'), 'month')).toBe('2026-01-01');
    // Sunday belongs to the week that started the Monday before.
    expect(periodLabel(periodIndex(Date.UTC(2026, 0, 11, 23), 'week'), 'week')).toBe('2026-01-05');
    expect(periodLabel(periodIndex(Date.UTC(1969, 11, 31), 'month'), 'month')).toBe('1969-12-01');
  });
});

describe('lifecycle (PostHog definitions)', () => {
  it('classifies each active person per week, and counts dormancy', () => {
    expect(lifecycle(events).rows).toEqual([
      // W0: p1 and p3 first seen.
      { period: '2026-01-05', new: 2, returning: 0, resurrecting: 0, dormant: 0 },
      // W1: p2 new, p1 returning (active W0); p3 active W0, not W1: dormant.
      { period: '2026-01-12', new: 1, returning: 1, resurrecting: 0, dormant: 1 },
      // W2: p3 back after a gap: resurrecting; p1 and p2 were active W1, not W2: dormant.
      { period: '2026-01-19', new: 0, returning: 0, resurrecting: 1, dormant: 2 },
      // W3: p1 resurrecting; p3 (active W2) dormant.
      { period: '2026-01-26', new: 0, returning: 0, resurrecting: 1, dormant: 1 },
    ]);
  });

  it('works per day and per month', () => {
    expect(lifecycle(events, { period: 'month' }).rows).toEqual([
      { period: '2026-01-01', new: 3, returning: 0, resurrecting: 0, dormant: 0 },
    ]);
    const days = lifecycle(events, { period: 'day' }).rows;
    expect(days[0]).toEqual({ period: '2026-01-06', new: 2, returning: 0, resurrecting: 0, dormant: 0 });
    // Jan 7: p1 and p3 buy (returning); nobody went dormant yet.
    expect(days[1]).toEqual({ period: '2026-01-07', new: 0, returning: 2, resurrecting: 0, dormant: 0 });
    expect(() => lifecycle(events, { period: 'year' as 'day' })).toThrow(/period must be/);
  });
});

describe('retention by first-purchase cohort', () => {
  it('"on" and "on or after", by hand', () => {
    const r = retention(events);
    expect(r.cohorts).toEqual([
      {
        // p1 and p3 bought in W0. On: W0 both; W1 p1; W2 p3; W3 p1.
        // On or after: W1 both (p1 W1, p3 W2); W2 both (p1 W3, p3 W2); W3 p1.
        cohort: '2026-01-05',
        size: 2,
        on: [2, 1, 1, 1],
        onOrAfter: [2, 2, 2, 1],
        onRate: [1, 0.5, 0.5, 0.5],
        onOrAfterRate: [1, 1, 1, 0.5],
      },
      {
        // p2 bought in W1 and was never seen again (columns up to W3, the last week with events).
        cohort: '2026-01-12',
        size: 1,
        on: [1, 0, 0],
        onOrAfter: [1, 0, 0],
        onRate: [1, 0, 0],
        onOrAfterRate: [1, 0, 0],
      },
    ]);
  });

  it('repeat-purchase rate: customers with 2+ purchases / customers', () => {
    // p1, p2, p3 bought; only p2 twice: 1 / 3.
    expect(repeatPurchaseRate(events)).toEqual({ customers: 3, repeatCustomers: 1, rate: 1 / 3 });
  });
});
