import { describe, expect, it } from 'vitest';
import { ces, csat, kpis, nps, surveyAnswerOf, type CairnEvent } from '../../src/index.js';
import { HOUR, MIN, T0, ev, testClassifier } from './fixtures.js';

const survey = (person: string, kind: string, score: number, at: number, url?: string): CairnEvent =>
  ev({ anonymousId: person, type: 'survey', name: kind, ts: T0 + at, props: { kind, score }, ...(url ? { url } : {}) });

describe('survey scores', () => {
  it('NPS = %promoters − %detractors', () => {
    // 10, 9 promoters; 8, 7 passives; 6, 0 detractors: 100 × (2 − 2) / 6 = 0.
    expect(nps([10, 9, 8, 7, 6, 0])).toEqual({ responses: 6, promoters: 2, passives: 2, detractors: 2, score: 0 });
    // 10, 10, 9 promoters, 3 detractor: 100 × (3 − 1) / 4 = 50.
    expect(nps([10, 10, 9, 3]).score).toBe(50);
    expect(nps([]).score).toBeNull();
  });

  it('CSAT = % of 4–5 answers', () => {
    // 5 and 4 of 5, 4, 3, 1: 100 × 2 / 4 = 50.
    expect(csat([5, 4, 3, 1])).toEqual({ responses: 4, satisfied: 2, score: 50 });
  });

  it('CES = mean on 1–7 and share ≥ 5', () => {
    // (7 + 5 + 4 + 2) / 4 = 4.5; 7 and 5 are easy: 100 × 2 / 4 = 50.
    expect(ces([7, 5, 4, 2])).toEqual({ responses: 4, mean: 4.5, easy: 2, easyShare: 50 });
  });

  it('reads answers from survey events and ignores answers off the scale', () => {
    expect(surveyAnswerOf(survey('x', 'nps', 9, 0))).toEqual({ kind: 'nps', score: 9 });
    expect(surveyAnswerOf(survey('x', 'nps', 11, 0))).toBeNull();
    expect(surveyAnswerOf(survey('x', 'csat', 0, 0))).toBeNull();
    expect(surveyAnswerOf(survey('x', 'mood', 3, 0))).toBeNull();
    expect(surveyAnswerOf(ev({ type: 'page' }))).toBeNull();
  });

  it('reads the kind from the event name when props carry only the score (as the tracker sends it)', () => {
    // cairn('survey', 'nps', 10) → { type: 'survey', name: 'nps', props: { score: 10 } }
    expect(surveyAnswerOf(ev({ type: 'survey', name: 'nps', props: { score: 10 } }))).toEqual({ kind: 'nps', score: 10 });
    expect(surveyAnswerOf(ev({ type: 'survey', name: 'CSAT', props: { score: 4 } }))).toEqual({ kind: 'csat', score: 4 });
    expect(surveyAnswerOf(ev({ type: 'survey', name: 'mood', props: { score: 4 } }))).toBeNull();
    // props.kind, when present, wins over the name.
    expect(surveyAnswerOf(ev({ type: 'survey', name: 'feedback', props: { kind: 'ces', score: 6 } }))).toEqual({ kind: 'ces', score: 6 });
  });
});

describe('kpis', () => {
  /**
   * A: page, purchase 100 at +2h, NPS 10 on /thanks at +2h1m, purchase 50 at +3h
   * B: page, purchase 30 at +4h, CSAT 5 and CES 6 (page /help via url)
   * C: page /blog, NPS 3 (on the page it last viewed), CSAT 2
   * D: page only
   */
  const events: CairnEvent[] = [
    ev({ anonymousId: 'A', url: 'https://s.example/' }),
    ev({ anonymousId: 'A', type: 'checkout', name: 'purchase', ts: T0 + 2 * HOUR, props: { orderId: 'a1', value: 100 } }),
    survey('A', 'nps', 10, 2 * HOUR + MIN, 'https://s.example/thanks'),
    ev({ anonymousId: 'A', type: 'checkout', name: 'purchase', ts: T0 + 3 * HOUR, props: { orderId: 'a2', value: 50 } }),
    ev({ anonymousId: 'B', url: 'https://s.example/' }),
    ev({ anonymousId: 'B', type: 'checkout', name: 'purchase', ts: T0 + 4 * HOUR, props: { orderId: 'b1', value: 30 } }),
    survey('B', 'csat', 5, 4 * HOUR + MIN, 'https://s.example/help'),
    survey('B', 'ces', 6, 4 * HOUR + 2 * MIN, 'https://s.example/help'),
    ev({ anonymousId: 'C', name: '/blog', url: 'https://s.example/blog' }),
    survey('C', 'nps', 3, MIN),
    survey('C', 'csat', 2, 2 * MIN),
    ev({ anonymousId: 'D' }),
  ];
  const k = kpis(events, { classifier: testClassifier });

  it('scores each survey overall, by stage at answer time and by page', () => {
    // NPS: 10 (promoter) and 3 (detractor): 100 × (1 − 1) / 2 = 0.
    expect(k.nps.overall).toMatchObject({ responses: 2, score: 0 });
    // A answered as a customer (conversion); C while in awareness.
    expect(k.nps.byStage.conversion).toMatchObject({ responses: 1, score: 100 });
    expect(k.nps.byStage.awareness).toMatchObject({ responses: 1, score: -100 });
    expect(k.nps.byStage.advocacy.responses).toBe(0);
    expect(k.nps.byPage.map((p) => [p.page, p.score])).toEqual([
      ['/blog', -100],
      ['/thanks', 100],
    ]);
    // CSAT: 5 and 2 → 100 × 1 / 2 = 50.
    expect(k.csat.overall).toMatchObject({ responses: 2, satisfied: 1, score: 50 });
    expect(k.ces.overall).toMatchObject({ responses: 1, mean: 6, easyShare: 100 });
    expect(k.ces.byPage).toEqual([{ page: '/help', responses: 1, mean: 6, easy: 1, easyShare: 100 }]);
  });

  it('computes conversion rate, AOV, revenue per visitor and time to convert', () => {
    // 2 of 4 visitors bought: 0.5. Revenue 100 + 50 + 30 = 180 over 3 orders: AOV 60; per visitor 180 / 4 = 45.
    expect(k.conversionRate).toBe(0.5);
    expect(k.averageOrderValue).toBe(60);
    expect(k.revenuePerVisitor).toBe(45);
    // First event → first purchase: A 2h, B 4h. Mean and median 3h; p90 = sorted[ceil(1.8) − 1] = 4h.
    expect(k.timeToConvert).toEqual({ count: 2, meanMs: 3 * HOUR, medianMs: 3 * HOUR, p90Ms: 4 * HOUR });
  });

  it('counts a purchase re-sent under a new event id once (same order id)', () => {
    const again = ev({ anonymousId: 'B', type: 'checkout', name: 'purchase', ts: T0 + 4 * HOUR + 1, props: { orderId: 'b1', value: 30 } });
    expect(kpis([...events, again], { classifier: testClassifier }).averageOrderValue).toBe(60);
  });
});
