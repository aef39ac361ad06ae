import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS, attribute, creditWeights, type AttributionModel, type CairnEvent } from '../../src/index.js';
import { DAY, MIN, T0, ev, prng, testClassifier } from './fixtures.js';

/**
 * One buyer, four sessions (touchpoints), one purchase of 100 at the start of the fourth:
 *   T1 day 0  Organic Search (google referrer)
 *   T2 day 2  Direct
 *   T3 day 5  Paid Social (utm facebook / cpc, campaign "spring")
 *   T4 day 7  Direct, purchase at the same instant.
 */
function buyer(): CairnEvent[] {
  const a = { anonymousId: 'buyer' };
  return [
    ev({ ...a, ts: T0, referrer: 'https://www.google.com/', url: 'https://shop.example/' }),
    ev({ ...a, ts: T0 + 2 * DAY, url: 'https://shop.example/' }),
    ev({ ...a, ts: T0 + 5 * DAY, utm: { source: 'facebook', medium: 'cpc', campaign: 'spring' }, url: 'https://shop.example/sale' }),
    ev({ ...a, ts: T0 + 7 * DAY, url: 'https://shop.example/' }),
    ev({ ...a, ts: T0 + 7 * DAY, type: 'checkout', name: 'purchase', props: { orderId: 'o1', value: 100 } }),
  ];
}

function credits(model: AttributionModel, options: Parameters<typeof attribute>[1] = {}): Record<string, number> {
  const result = attribute(buyer(), { model, classifier: testClassifier, ...options });
  return Object.fromEntries(result.rows.map((r) => [r.key, r.conversions]));
}

describe('attribute', () => {
  it('first, last and last-non-direct give everything to one touchpoint', () => {
    expect(credits('first')).toEqual({ 'Organic Search': 1 });
    expect(credits('last')).toEqual({ Direct: 1 });
    // T4 is Direct, so the last non-direct touchpoint is T3.
    expect(credits('last-non-direct')).toEqual({ 'Paid Social': 1 });
  });

  it('linear: 1/4 each; Direct had two touchpoints', () => {
    expect(credits('linear')).toEqual({ 'Organic Search': 0.25, Direct: 0.5, 'Paid Social': 0.25 });
  });

  it('position 40/20/40: the middle 20% split over T2 and T3 (10% each)', () => {
    const c = credits('position');
    expect(c['Organic Search']).toBeCloseTo(0.4, 12);
    expect(c['Direct']).toBeCloseTo(0.1 + 0.4, 12);
    expect(c['Paid Social']).toBeCloseTo(0.1, 12);
  });

  it('j-shaped 20/20/60 and inverse-j 60/20/20', () => {
    const j = credits('j-shaped');
    expect(j['Organic Search']).toBeCloseTo(0.2, 12);
    expect(j['Direct']).toBeCloseTo(0.1 + 0.6, 12);
    expect(j['Paid Social']).toBeCloseTo(0.1, 12);
    const inv = credits('inverse-j');
    expect(inv['Organic Search']).toBeCloseTo(0.6, 12);
    expect(inv['Direct']).toBeCloseTo(0.1 + 0.2, 12);
    expect(inv['Paid Social']).toBeCloseTo(0.1, 12);
  });

  it('time-decay: weight 2^(-age / 7 days), normalised', () => {
    // Ages 7, 5, 2 and 0 days: weights 0.5, 2^(-5/7), 2^(-2/7), 1.
    const w = [0.5, 2 ** (-5 / 7), 2 ** (-2 / 7), 1];
    const total = w[0]! + w[1]! + w[2]! + w[3]!; // ≈ 0.5 + 0.6095 + 0.8203 + 1 = 2.9298
    const c = credits('time-decay');
    expect(c['Organic Search']).toBeCloseTo(w[0]! / total, 12);
    expect(c['Direct']).toBeCloseTo((w[1]! + w[3]!) / total, 12);
    expect(c['Paid Social']).toBeCloseTo(w[2]! / total, 12);
    // A 1-day half-life favours the recent touchpoints more.
    const fast = credits('time-decay', { halfLifeMs: DAY });
    expect(fast['Organic Search']!).toBeLessThan(c['Organic Search']!);
  });

  it('credits revenue as value × credit, and groups by source, campaign or a property', () => {
    const bySource = attribute(buyer(), { model: 'linear', by: 'source', classifier: testClassifier });
    expect(bySource.revenue).toBe(100);
    expect(Object.fromEntries(bySource.rows.map((r) => [r.key, r.revenue]))).toEqual({
      '(direct)': 50,
      'google.com': 25,
      facebook: 25,
    });
    const byCampaign = attribute(buyer(), { model: 'last-non-direct', by: 'campaign', classifier: testClassifier });
    expect(byCampaign.rows).toEqual([{ key: 'spring', conversions: 1, revenue: 100, share: 1 }]);
    const byLanding = attribute(buyer(), { model: 'first', by: 'prop:landingPage', classifier: testClassifier });
    expect(byLanding.rows[0]?.key).toBe('/');
  });

  it('uses a landing-event property for by: prop:NAME', () => {
    const events = [
      ev({ anonymousId: 'p', props: { partner: 'acme' }, url: 'https://s.example/?utm_x=1', utm: { source: 'acme', medium: 'affiliate' } }),
      ev({ anonymousId: 'p', ts: T0 + MIN, type: 'checkout', name: 'purchase', props: { orderId: 'x', value: 10 } }),
    ];
    expect(attribute(events, { model: 'last', by: 'prop:partner' }).rows[0]?.key).toBe('acme');
  });

  it('ignores touchpoints outside the lookback window', () => {
    // 3-day lookback from day 7: only T3 (day 5) and T4 (day 7) take part, 50/50.
    expect(credits('linear', { lookbackMs: 3 * DAY })).toEqual({ 'Paid Social': 0.5, Direct: 0.5 });
  });

  it('counts a conversion with no touchpoint in the window as unattributed', () => {
    // A session that started 2 days before the purchase, with a 1-day lookback.
    // One session (an event every 20 minutes, never 30 idle) whose only touchpoint is 2 days old.
    const events = Array.from({ length: 145 }, (_, i) => ev({ anonymousId: 'z', ts: T0 + i * 20 * MIN }));
    events.push(ev({ anonymousId: 'z', ts: T0 + 2 * DAY + MIN, type: 'checkout', name: 'purchase', props: { value: 5 } }));
    const r = attribute(events, { model: 'linear', lookbackMs: DAY });
    expect(r.conversions).toBe(0);
    expect(r.unattributed).toBe(1);
  });

  it('rejects unknown models and dimensions clearly', () => {
    expect(() => attribute([], { model: 'shapley' as AttributionModel })).toThrow(/unknown attribution model/);
    expect(() => attribute([], { by: 'device' as 'channel' })).toThrow(/channel, source, campaign or prop:NAME/);
  });
});

describe('attribute: many touchpoints', () => {
  it('credits a conversion with more touchpoints in the window than its first buffers hold (100 sessions)', () => {
    // 100 sessions an hour apart, alternating Organic Search and Paid Social, then a purchase in the last one.
    const events: CairnEvent[] = [];
    for (let i = 0; i < 100; i++) {
      const source = i % 2 === 0 ? { referrer: 'https://www.google.com/' } : { utm: { source: 'facebook', medium: 'cpc', campaign: 'spring' } };
      events.push(ev({ anonymousId: 'many', ts: T0 + i * 60 * MIN, url: 'https://shop.example/', ...source }));
    }
    events.push(ev({ anonymousId: 'many', ts: T0 + 99 * 60 * MIN + MIN, type: 'checkout', name: 'purchase', props: { orderId: 'o1', value: 100 } }));
    for (const model of ATTRIBUTION_MODELS) {
      const result = attribute(events, { model, classifier: testClassifier, maxTouchpoints: 200 });
      const touches = Array.from({ length: 100 }, (_, i) => ({ at: T0 + i * 60 * MIN, direct: false }));
      const weights = creditWeights(model, touches, T0 + 99 * 60 * MIN + MIN, 7 * DAY);
      let search = 0;
      let social = 0;
      weights.forEach((w, i) => {
        if (i % 2 === 0) search += w;
        else social += w;
      });
      const rows = Object.fromEntries(result.rows.map((r) => [r.key, r.conversions]));
      expect(result.conversions).toBe(1);
      expect(rows['Organic Search'] ?? 0).toBe(search);
      expect(rows['Paid Social'] ?? 0).toBe(social);
    }
  });
});

describe('creditWeights', () => {
  const touches = (n: number) => Array.from({ length: n }, (_, i) => ({ at: i * DAY, direct: i % 2 === 1 }));

  it('gives a single touchpoint everything, whatever the model', () => {
    for (const model of ATTRIBUTION_MODELS) expect(creditWeights(model, touches(1), DAY, 7 * DAY)).toEqual([1]);
  });

  it('splits two touchpoints by scaling first and last shares (no middle)', () => {
    expect(creditWeights('position', touches(2), DAY, 7 * DAY)).toEqual([0.5, 0.5]);
    // 20/(20+60) = 0.25 and 60/(20+60) = 0.75 (to float precision).
    const [jFirst, jLast] = creditWeights('j-shaped', touches(2), DAY, 7 * DAY);
    expect(jFirst).toBeCloseTo(0.25, 15);
    expect(jLast).toBeCloseTo(0.75, 15);
    const [iFirst, iLast] = creditWeights('inverse-j', touches(2), DAY, 7 * DAY);
    expect(iFirst).toBeCloseTo(0.75, 15);
    expect(iLast).toBeCloseTo(0.25, 15);
    expect(creditWeights('linear', touches(2), DAY, 7 * DAY)).toEqual([0.5, 0.5]);
  });

  it('sends last-non-direct to the last touchpoint when every one is direct', () => {
    const allDirect = [
      { at: 0, direct: true },
      { at: 1, direct: true },
    ];
    expect(creditWeights('last-non-direct', allDirect, 2, DAY)).toEqual([0, 1]);
  });

  it('property: credits are ≥ 0 and sum to exactly 1 for every model and random path', () => {
    const rand = prng(42);
    const bad: { model: AttributionModel; n: number; sum: number }[] = [];
    for (let run = 0; run < 400; run++) {
      const n = 1 + Math.floor(rand() * 25);
      let at = 0;
      const path = Array.from({ length: n }, () => ({ at: (at += Math.floor(rand() * 5 * DAY)), direct: rand() < 0.4 }));
      const conversionAt = at + Math.floor(rand() * DAY);
      const halfLife = 1 + Math.floor(rand() * 30 * DAY);
      for (const model of ATTRIBUTION_MODELS) {
        const w = creditWeights(model, path, conversionAt, halfLife);
        let sum = 0;
        for (const x of w) sum += x;
        if (w.length !== n || w.some((x) => !(x >= 0)) || sum !== 1) bad.push({ model, n, sum });
      }
    }
    expect(bad).toEqual([]);
  });

  it('property: each conversion credits exactly 1 in attribute() for every model', () => {
    const rand = prng(7);
    const events: CairnEvent[] = [];
    for (let p = 0; p < 30; p++) {
      let ts = T0;
      const sessions = 1 + Math.floor(rand() * 6);
      for (let s = 0; s < sessions; s++) {
        ts += Math.floor(rand() * 3 * DAY) + 31 * MIN;
        const utm = rand() < 0.5 ? { source: rand() < 0.5 ? 'google' : 'news', medium: rand() < 0.5 ? 'cpc' : 'email' } : undefined;
        events.push(ev({ anonymousId: `p${p}`, ts, ...(utm ? { utm } : {}) }));
        if (rand() < 0.4) events.push(ev({ anonymousId: `p${p}`, ts: ts + MIN, type: 'checkout', name: 'purchase', props: { value: 10 } }));
      }
    }
    for (const model of ATTRIBUTION_MODELS) {
      const r = attribute(events, { model });
      const total = r.rows.reduce((s, row) => s + row.conversions, 0);
      expect(total).toBeCloseTo(r.conversions, 9);
      expect(r.rows.reduce((s, row) => s + row.revenue, 0)).toBeCloseTo(r.revenue, 9);
    }
  });
});
