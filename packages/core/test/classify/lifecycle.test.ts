import { describe, expect, it } from 'vitest';
import { createClassifier, createStageTracker, visitorStage } from '../../src/index.js';
import type { CairnEvent, Stage } from '../../src/index.js';
import { event, withProps } from './fixtures.js';

const HOUR = 3_600_000;
const T0 = 1_700_000_000_000;

/** Events of one visitor at the given offsets (ms after T0), in one session unless told. */
function journey(...steps: [offsetMs: number, type: CairnEvent['type'], name: string, extra?: Partial<CairnEvent>][]): CairnEvent[] {
  return steps.map(([offset, type, name, extra]) => event(type, name, { ts: T0 + offset, ...extra }));
}

function stagesOf(result: { history: { stage: Stage }[] }): Stage[] {
  return result.history.map((h) => h.stage);
}

describe('visitorStage: lifecycle rules', () => {
  it('moves forward through the stages, recording when and by which event', () => {
    const events = journey(
      [0, 'page', '/blog/post'],
      [1000, 'page', '/products/1'],
      [2000, 'checkout', 'purchase', withProps({ orderId: 'o1' })],
    );
    const result = visitorStage(events);
    expect(result.stage).toBe('conversion');
    expect(result.history).toEqual([
      expect.objectContaining({ stage: 'awareness', at: T0, eventId: events[0]?.id, ruleId: 'page-blog' }),
      expect.objectContaining({ stage: 'consideration', at: T0 + 1000, eventId: events[1]?.id, ruleId: 'page-product' }),
      expect.objectContaining({ stage: 'conversion', at: T0 + 2000, eventId: events[2]?.id, ruleId: 'purchase' }),
    ]);
  });

  it('never goes back: a blog read after the cart leaves the visitor in conversion', () => {
    const result = visitorStage(journey([0, 'page', '/cart'], [1000, 'page', '/blog/x']));
    expect(stagesOf(result)).toEqual(['conversion']);
  });

  it('an empty or unclassified journey has no stage', () => {
    expect(visitorStage([])).toEqual({ stage: null, history: [] });
    expect(visitorStage(journey([0, 'page', '/about'], [1, 'vital', 'LCP']))).toEqual({ stage: null, history: [] });
  });

  it('retention activity without an earlier conversion counts as consideration', () => {
    const result = visitorStage(journey([0, 'page', '/account'], [1000, 'page', '/support']));
    expect(result.stage).toBe('consideration');
    expect(result.history[0]?.reason).toMatch(/before any conversion/);
  });

  it('retention activity after a purchase is retention', () => {
    const result = visitorStage(journey([0, 'checkout', 'purchase'], [1000, 'page', '/account/orders']));
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
  });

  it('a repeat purchase (another order id) is retention, even in the same visit', () => {
    const result = visitorStage(
      journey(
        [0, 'checkout', 'purchase', withProps({ orderId: 'o1' })],
        [1000, 'checkout', 'purchase', withProps({ orderId: 'o2' })],
      ),
    );
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
    expect(result.history[1]?.reason).toMatch(/repeat purchase/);
  });

  it('the same order reported twice (checkout event and GA4 purchase) is not a repeat', () => {
    const result = visitorStage(
      journey(
        [0, 'checkout', 'purchase', withProps({ orderId: 'o1' })],
        [10, 'track', 'Order Completed', withProps({ orderId: 'o1' })],
        [20, 'page', '/order-confirmation'],
      ),
    );
    expect(stagesOf(result)).toEqual(['conversion']);
  });

  it('a return visit after a purchase is retention (by session id)', () => {
    const result = visitorStage(
      journey(
        [0, 'checkout', 'purchase', { sessionId: 's1' }],
        [60_000, 'page', '/blog/news', { sessionId: 's2' }],
      ),
    );
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
    expect(result.history[1]?.reason).toMatch(/return visit/);
  });

  it('a return visit after a purchase is retention (by 30 minutes of inactivity without session ids)', () => {
    const later = visitorStage(journey([0, 'checkout', 'purchase'], [31 * 60_000, 'page', '/']));
    expect(later.stage).toBe('retention');
    const sameVisit = visitorStage(journey([0, 'checkout', 'purchase'], [29 * 60_000, 'page', '/']));
    expect(sameVisit.stage).toBe('conversion');
  });

  it('visits before the first purchase do not count towards a return visit or a repeat', () => {
    // Several sessions (by id and by inactivity) before buying, then more events in the buying
    // session: still conversion. Only a visit after the purchase makes a return visit.
    const before = journey(
      [0, 'page', '/blog/news', { sessionId: 's1' }],
      [60_000, 'page', '/products/1', { sessionId: 's2' }],
      [2 * HOUR, 'page', '/products/2', { sessionId: 's2' }],
      [3 * HOUR, 'checkout', 'purchase', { sessionId: 's3', props: { orderId: 'o1' } }],
    );
    const sameVisit = visitorStage([...before, ...journey([3 * HOUR + 60_000, 'page', '/products/3', { sessionId: 's3' }])]);
    expect(sameVisit.stage).toBe('conversion');
    const returnVisit = visitorStage([...before, ...journey([3 * HOUR + 120_000, 'page', '/', { sessionId: 's4' }])]);
    expect(returnVisit.stage).toBe('retention');
    expect(returnVisit.history.at(-1)?.reason).toMatch(/return visit/);
    const secondOrderSameVisit = visitorStage([
      ...before,
      ...journey([3 * HOUR + 60_000, 'checkout', 'purchase', { sessionId: 's3', props: { orderId: 'o2' } }]),
    ]);
    expect(secondOrderSameVisit.stage).toBe('retention');
    expect(secondOrderSameVisit.history.at(-1)?.reason).toMatch(/repeat/);
  });

  it('a purchase without an order id in a later visit is a repeat purchase', () => {
    const result = visitorStage(journey([0, 'track', 'purchase'], [2 * HOUR, 'track', 'purchase']));
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
  });

  it('a cart or checkout view does not make a customer', () => {
    const result = visitorStage(journey([0, 'page', '/cart'], [1000, 'page', '/account'], [2 * HOUR, 'page', '/blog/x']));
    expect(stagesOf(result)).toEqual(['conversion']);
  });

  it('an advocacy page by a non-customer is consideration ("reading testimonials")', () => {
    const result = visitorStage(journey([0, 'page', '/testimonials'], [1000, 'page', '/refer']));
    expect(stagesOf(result)).toEqual(['consideration']);
    expect(result.history[0]?.reason).toMatch(/advocacy page without an advocacy act/);
  });

  it('the reviews list is consideration for everybody', () => {
    expect(visitorStage(journey([0, 'page', '/reviews'])).stage).toBe('consideration');
  });

  it('an advocacy page by a customer is advocacy', () => {
    const result = visitorStage(journey([0, 'checkout', 'purchase'], [1000, 'page', '/refer']));
    expect(stagesOf(result)).toEqual(['conversion', 'advocacy']);
  });

  it.each([
    ['a share', 'cta', 'Share', undefined],
    ['a review', 'track', 'Product Reviewed', undefined],
    ['a referral', 'cta', 'Invite a friend', undefined],
    ['an NPS promoter', 'survey', 'nps', { props: { kind: 'nps', score: 9 } }],
  ] as const)('%s is advocacy without an earlier conversion (explicit act)', (_what, type, name, extra) => {
    const result = visitorStage(journey([0, 'page', '/blog/x'], [1000, type, name, extra]));
    expect(stagesOf(result)).toEqual(['awareness', 'advocacy']);
    expect(result.history[1]?.reason).toMatch(/explicit advocacy act/);
  });

  it('an NPS detractor answer of a customer is retention; of a non-customer, consideration', () => {
    const detractor = { props: { kind: 'nps', score: 3 } };
    expect(visitorStage(journey([0, 'checkout', 'purchase'], [1000, 'survey', 'nps', detractor])).stage).toBe('retention');
    expect(visitorStage(journey([0, 'survey', 'nps', detractor])).stage).toBe('consideration');
  });

  it('sign-up is a conversion act too: a later login is retention', () => {
    const result = visitorStage(journey([0, 'track', 'sign_up'], [1000, 'track', 'login']));
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
  });

  it('a sign-up followed by a first purchase is not a repeat purchase', () => {
    const result = visitorStage(journey([0, 'track', 'sign_up'], [1000, 'checkout', 'purchase']));
    expect(stagesOf(result)).toEqual(['conversion']);
  });

  it('out-of-order input gives the same answer as sorted input (ts, then seq, then id)', () => {
    const events = journey(
      [0, 'page', '/blog/a'],
      [1000, 'page', '/pricing'],
      [2000, 'checkout', 'purchase', withProps({ orderId: 'o1' })],
      [2000, 'page', '/refer', { seq: 9 }],
      [3 * HOUR, 'page', '/account'],
    );
    const sorted = visitorStage(events);
    const reversed = visitorStage([...events].reverse());
    expect(reversed).toEqual(sorted);
    expect(stagesOf(sorted)).toEqual(['awareness', 'consideration', 'conversion', 'advocacy']);
  });

  it('events sharing a timestamp are ordered by seq', () => {
    const events = [
      event('page', '/refer', { ts: T0, seq: 2 }),
      event('checkout', 'purchase', { ts: T0, seq: 1 }),
    ];
    expect(stagesOf(visitorStage(events))).toEqual(['conversion', 'advocacy']);
  });

  it('custom classifiers and pre-classified events drive the same lifecycle', () => {
    const classifier = createClassifier({
      extend: [{ id: 'demo-booked', stage: 'conversion', act: 'demo', match: { type: 'track', name: 'Demo Booked' } }],
    });
    const result = visitorStage(journey([0, 'track', 'Demo Booked'], [1000, 'page', '/help']), { classifier });
    expect(stagesOf(result)).toEqual(['conversion', 'retention']);
  });
});

describe('createStageTracker (streaming)', () => {
  it('gives the same answer as visitorStage for events pushed in order', () => {
    const events = journey(
      [0, 'page', '/'],
      [1000, 'cta', 'Add to cart'],
      [2000, 'checkout', 'purchase'],
      [3 * HOUR, 'cta', 'Reorder'],
    );
    const tracker = createStageTracker();
    for (const e of events) tracker.push(e);
    expect(tracker.state).toEqual(visitorStage(events));
    expect(tracker.state.stage).toBe('retention');
  });

  it('accepts known stages, with or without acts', () => {
    const tracker = createStageTracker();
    tracker.push(event('page', '/x', { ts: T0 }), 'awareness');
    tracker.push(event('track', 'x', { ts: T0 + 1 }), { stage: 'conversion', act: 'purchase', ruleId: 'stored' });
    tracker.push(event('track', 'y', { ts: T0 + 2 }), { stage: 'retention' });
    tracker.push(event('track', 'z', { ts: T0 + 3 }), null);
    expect(stagesOf(tracker.state)).toEqual(['awareness', 'conversion', 'retention']);
    expect(tracker.state.history[1]?.ruleId).toBe('stored');
  });

  it('a conversion stage without its act does not make a customer', () => {
    const tracker = createStageTracker();
    tracker.push(event('track', 'x', { ts: T0 }), 'conversion');
    tracker.push(event('track', 'y', { ts: T0 + 1 }), 'advocacy');
    expect(tracker.state.stage).toBe('conversion');
  });

  it('keeps constant state: the history never holds more than one entry per stage', () => {
    const tracker = createStageTracker();
    for (let i = 0; i < 10_000; i++) {
      tracker.push(event(i % 2 ? 'page' : 'checkout', i % 2 ? '/blog/x' : 'purchase', { ts: T0 + i * HOUR, props: { orderId: `o${i}` } }));
    }
    expect(tracker.state.history.length).toBeLessThanOrEqual(5);
  });
});
