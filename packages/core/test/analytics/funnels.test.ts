import { describe, expect, it } from 'vitest';
import { checkoutFunnel, funnel, stageFunnel, type CairnEvent, type FunnelOrder, type FunnelStep } from '../../src/index.js';
import { DAY, HOUR, MIN, T0, ev, pick, prng, randomEvents, testClassifier } from './fixtures.js';

const steps: FunnelStep[] = [
  { label: 'a', type: 'cta', name: 'a' },
  { label: 'b', type: 'cta', name: 'b' },
  { label: 'c', type: 'cta', name: 'c' },
];
const cta = (person: string, name: string, at: number, props?: CairnEvent['props']): CairnEvent =>
  ev({ anonymousId: person, type: 'cta', name, ts: T0 + at, ...(props ? { props } : {}) });

/**
 * p1: a, b (+1h), c (+3h)   → completes
 * p2: a, b (+2h)            → step b
 * p3: a, c (+1h), b (+2h)   → ordered: b (c came too early); strict: a only; any: all three
 * p4: a, b (+15 days)       → a only: b is outside the 14-day window
 * p5: b                     → never enters
 */
const people: CairnEvent[] = [
  cta('p1', 'a', 0, { plan: 'pro' }),
  cta('p1', 'b', HOUR),
  cta('p1', 'c', 3 * HOUR),
  cta('p2', 'a', 0, { plan: 'free' }),
  cta('p2', 'b', 2 * HOUR),
  cta('p3', 'a', 0, { plan: 'free' }),
  cta('p3', 'c', HOUR),
  cta('p3', 'b', 2 * HOUR),
  cta('p4', 'a', 0),
  cta('p4', 'b', 15 * DAY),
  cta('p5', 'b', 0),
];

describe('funnel', () => {
  it('ordered: counts, rates, drop-off and times by hand', () => {
    const r = funnel(people, steps);
    expect(r.order).toBe('ordered');
    expect(r.windowMs).toBe(14 * DAY);
    expect(r.steps.map((s) => s.entered)).toEqual([4, 3, 1]);
    const [a, b, c] = r.steps;
    expect(a).toMatchObject({ converted: 3, conversionFromStart: 1, conversionFromPrevious: 1, dropOff: 1, dropOffRate: 0.25 });
    expect(a?.medianTimeToConvertMs).toBeNull();
    // b: 3 of 4 from the start and from a; 2 of the 3 stop there.
    expect(b).toMatchObject({ converted: 1, conversionFromStart: 0.75, conversionFromPrevious: 0.75, dropOff: 2 });
    expect(b?.dropOffRate).toBeCloseTo(2 / 3, 12);
    // a → b took 1h (p1), 2h (p2), 2h (p3): median 2h; p90 = sorted[ceil(0.9·3) − 1] = sorted[2] = 2h.
    expect(b?.medianTimeToConvertMs).toBe(2 * HOUR);
    expect(b?.p90TimeToConvertMs).toBe(2 * HOUR);
    // c: 1 of 4 from the start, 1 of 3 from b; the last step has no drop-off.
    expect(c?.conversionFromStart).toBe(0.25);
    expect(c?.conversionFromPrevious).toBeCloseTo(1 / 3, 12);
    expect(c).toMatchObject({ converted: 1, dropOff: 0, medianTimeToConvertMs: 2 * HOUR });
    // p1 took 3h from a to c.
    expect(r.medianTotalTimeMs).toBe(3 * HOUR);
  });

  it('strict: any other event between two steps breaks the chain', () => {
    // p1 completes; p2 reaches b; p3's c breaks its chain after a; p4's b is too late.
    expect(funnel(people, steps, { order: 'strict' }).steps.map((s) => s.entered)).toEqual([4, 2, 1]);
  });

  it('any order: the steps done within the window, in any order', () => {
    // p1 3 steps, p2 2, p3 3, p4 1 (b is 15 days after a), and p5's lone b is one step done.
    expect(funnel(people, steps, { order: 'any' }).steps.map((s) => s.entered)).toEqual([5, 3, 2]);
  });

  it('the window is configurable', () => {
    // With 90 minutes, p2 and p3 (2h to b) fall out, p1 reaches b but not c (3h).
    expect(funnel(people, steps, { windowMs: 90 * MIN }).steps.map((s) => s.entered)).toEqual([4, 1, 0]);
    expect(funnel(people, steps, { windowMs: 16 * DAY }).steps.map((s) => s.entered)).toEqual([4, 4, 1]);
  });

  it('exclusions drop the chains they interrupt', () => {
    const x = (person: string, at: number) => ev({ anonymousId: person, type: 'cta', name: 'x', ts: T0 + at });
    const events = [
      // q1: a, x, b → excluded, not in the funnel at all.
      cta('q1', 'a', 0),
      x('q1', 10 * MIN),
      cta('q1', 'b', 20 * MIN),
      // q2: a, x, then a new a and b → the second chain counts.
      cta('q2', 'a', 0),
      x('q2', 10 * MIN),
      cta('q2', 'a', HOUR),
      cta('q2', 'b', 2 * HOUR),
      // q3: a, b, x, c → x comes after b, outside the a→b range: completes.
      cta('q3', 'a', 0),
      cta('q3', 'b', MIN),
      x('q3', 2 * MIN),
      cta('q3', 'c', 3 * MIN),
    ];
    const r = funnel(events, steps, { exclusions: [{ step: { type: 'cta', name: 'x' }, from: 0, to: 1 }] });
    expect(r.steps.map((s) => s.entered)).toEqual([2, 2, 1]);
    // q2's a → b is timed from the second a: 1h.
    expect(r.steps[1]?.medianTimeToConvertMs).toBe((HOUR + MIN) / 2);
    expect(() => funnel(events, steps, { exclusions: [{ step: {}, from: 2, to: 1 }] })).toThrow(/from < to/);
  });

  it('breaks down by a property, first touch (the value on the first step-1 event)', () => {
    const r = funnel(people, steps, { breakdown: 'plan' });
    expect(r.breakdown).toBe('plan');
    const groups = Object.fromEntries((r.groups ?? []).map((g) => [g.value, g.steps.map((s) => s.entered)]));
    // free: p2 (to b), p3 (to b); pro: p1 (to c); (none): p4 (a only).
    expect(groups).toEqual({ free: [2, 2, 0], pro: [1, 1, 1], '(none)': [1, 0, 0] });
    expect(r.groups?.[0]?.value).toBe('free');
  });

  it('matches steps on stage, props and custom tests', () => {
    const events = [
      ev({ anonymousId: 's', type: 'page', name: '/' }),
      ev({ anonymousId: 's', type: 'cta', name: 'Buy', ts: T0 + MIN, props: { sku: 'A1' } }),
    ];
    const r = funnel(events, [{ stage: 'awareness' }, { props: { sku: 'A1' }, match: (e) => e.name.startsWith('B') }], {
      classifier: testClassifier,
    });
    expect(r.steps.map((s) => [s.label, s.entered])).toEqual([
      ['awareness', 1],
      ['step 2', 1],
    ]);
    expect(() => funnel(events, [])).toThrow(/at least one step/);
  });

  it('optional steps: a later step reaches them at its own moment; a required step cannot be skipped', () => {
    const withOptional: FunnelStep[] = [
      { label: 'a', type: 'cta', name: 'a' },
      { label: 'b', type: 'cta', name: 'b', optional: true },
      { label: 'c', type: 'cta', name: 'c' },
    ];
    const events = [
      ...[cta('o1', 'a', 0), cta('o1', 'c', HOUR)], // b skipped: reached with c
      ...[cta('o2', 'a', 0), cta('o2', 'b', HOUR), cta('o2', 'c', 2 * HOUR)],
      ...[cta('o3', 'c', 0)], // a is required: never enters
      ...[cta('o4', 'a', 0), cta('o4', 'c', 15 * DAY)], // c outside the window of a
    ];
    for (const order of ['ordered', 'strict'] as const) {
      const r = funnel(events, withOptional, { order });
      expect(r.steps.map((x) => x.entered), order).toEqual([3, 2, 2]);
      // b → c: o1 reached both at once (0), o2 in an hour; the median is the mean of the two.
      expect(r.steps[2]!.medianTimeToConvertMs, order).toBe(HOUR / 2);
    }
    // Every step before an event optional: the event starts the chain and its window.
    const openStart: FunnelStep[] = [{ ...withOptional[0]!, optional: true }, { ...withOptional[1]!, optional: false }, withOptional[2]!];
    expect(funnel([cta('o5', 'b', 0), cta('o5', 'c', HOUR)], openStart).steps.map((x) => x.entered)).toEqual([1, 1, 1]);
    expect(funnel([cta('o6', 'c', 0)], openStart).steps.map((x) => x.entered)).toEqual([0, 0, 0]); // b is required
  });

  it('property: entered never grows from one step to the next (every order)', () => {
    const rand = prng(3);
    const shapes: FunnelStep[] = [
      { type: 'page' },
      { type: 'cta' },
      { type: 'checkout' },
      { name: 'purchase' },
      { type: 'survey' },
      { type: 'cta', optional: true },
      { type: 'page', optional: true },
    ];
    for (let run = 0; run < 12; run++) {
      const events = randomEvents(rand, 400, 30);
      const chosen = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(rand, shapes));
      const order = pick<FunnelOrder>(rand, ['ordered', 'strict', 'any']);
      const r = funnel(events, chosen, { order, windowMs: (1 + rand() * 10) * DAY });
      for (let k = 1; k < r.steps.length; k++) expect(r.steps[k]!.entered).toBeLessThanOrEqual(r.steps[k - 1]!.entered);
    }
  });
});

describe('funnel presets', () => {
  it('checkout funnel counts tracker, GA4 and Segment names', () => {
    const tracker = ['begin', 'shipping', 'payment', 'purchase'].map((name, i) =>
      ev({ anonymousId: 't', type: 'checkout', name, ts: T0 + i * MIN }),
    );
    const ga4 = ['begin_checkout', 'add_shipping_info', 'add_payment_info', 'purchase'].map((name, i) =>
      ev({ anonymousId: 'g', type: 'track', name, ts: T0 + i * MIN }),
    );
    const segment = [
      ev({ anonymousId: 's', type: 'track', name: 'Checkout Started' }),
      ev({ anonymousId: 's', type: 'track', name: 'Checkout Step Completed', ts: T0 + MIN, props: { step: 2 } }),
      ev({ anonymousId: 's', type: 'track', name: 'Payment Info Entered', ts: T0 + 2 * MIN }),
      ev({ anonymousId: 's', type: 'track', name: 'Order Completed', ts: T0 + 3 * MIN, props: { revenue: 9 } }),
    ];
    // And one shopper who stops after shipping.
    const quitter = ['begin', 'shipping'].map((name, i) => ev({ anonymousId: 'q', type: 'checkout', name, ts: T0 + i * MIN }));
    const r = checkoutFunnel([...tracker, ...ga4, ...segment, ...quitter]);
    expect(r.steps.map((s) => [s.label, s.entered])).toEqual([
      ['begin', 4],
      ['shipping', 4],
      ['payment', 3],
      ['purchase', 3],
    ]);
    expect(r.steps[1]).toMatchObject({ dropOff: 1, dropOffRate: 0.25, medianTimeToConvertMs: MIN });
  });

  it('checkout funnel: a purchase counts through steps the site never records (no begin, no shipping)', () => {
    // A digital shop: cart → payment → purchase, no begin and no shipping step.
    const digital = ['cart', 'payment', 'purchase'].map((name, i) => ev({ anonymousId: 'd', type: 'checkout', name, ts: T0 + i * MIN }));
    // A shop that records only the order.
    const orderOnly = [ev({ anonymousId: 'o', type: 'checkout', name: 'purchase', ts: T0 })];
    // A shopper who began and left.
    const left = [ev({ anonymousId: 'l', type: 'checkout', name: 'begin', ts: T0 })];
    const r = checkoutFunnel([...digital, ...orderOnly, ...left]);
    expect(r.steps.map((s) => [s.label, s.entered])).toEqual([
      ['begin', 3],
      ['shipping', 2],
      ['payment', 2],
      ['purchase', 2],
    ]);
  });

  it('stage funnel reads stage histories; a skipped stage counts as reached', () => {
    const events = [
      // u1: awareness → consideration → conversion
      ev({ anonymousId: 'u1', type: 'page' }),
      ev({ anonymousId: 'u1', type: 'cta', name: 'add', ts: T0 + HOUR }),
      ev({ anonymousId: 'u1', type: 'checkout', name: 'purchase', ts: T0 + 3 * HOUR }),
      // u2: awareness only
      ev({ anonymousId: 'u2', type: 'page' }),
      // u3: awareness → conversion (consideration skipped, reached at the purchase)
      ev({ anonymousId: 'u3', type: 'page' }),
      ev({ anonymousId: 'u3', type: 'checkout', name: 'purchase', ts: T0 + 2 * HOUR }),
    ];
    const r = stageFunnel(events, { classifier: testClassifier });
    expect(r.steps.map((s) => s.entered)).toEqual([3, 2, 2, 0, 0]);
    // awareness → consideration: u1 1h, u3 2h → median 1.5h; consideration → conversion: u1 2h, u3 0.
    expect(r.steps[1]?.medianTimeToConvertMs).toBe(1.5 * HOUR);
    expect(r.steps[2]?.medianTimeToConvertMs).toBe(HOUR);
    // With a 150-minute window, u1's purchase (3h after awareness) is out; u3's (2h) is in.
    expect(stageFunnel(events, { classifier: testClassifier, windowMs: 150 * MIN }).steps.map((s) => s.entered)).toEqual([
      3, 2, 1, 0, 0,
    ]);
  });
});
