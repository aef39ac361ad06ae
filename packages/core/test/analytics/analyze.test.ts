import { describe, expect, it } from 'vitest';
import { analyze, type CairnEvent } from '../../src/index.js';
import { JourneyStream, resolveJourneyOptions } from '../../src/analytics/journeys/journey-stream.js';
import { eventTime } from '../../src/analytics/journeys/event-time.js';
import { DAY, HOUR, MIN, T0, ev, prng, randomEvents, shuffled, testClassifier } from './fixtures.js';

async function* streamOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function sortedByTime(events: readonly CairnEvent[]): CairnEvent[] {
  return [...events].sort((a, b) => eventTime(a) - eventTime(b) || (a.seq ?? 0) - (b.seq ?? 0) || (a.id < b.id ? -1 : 1));
}

describe('analyze', () => {
  const rand = prng(11);
  const events = randomEvents(rand, 800, 40);

  it('returns plain JSON: a round trip through JSON changes nothing', async () => {
    const report = await analyze(events, { journeySample: 3 });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.journeys.sample).toHaveLength(3);
    expect(report.totals.events + report.totals.duplicates).toBe(events.length);
  });

  it('gives the same report for shuffled and sorted input', async () => {
    const sorted = await analyze(sortedByTime(events), { journeySample: 5 });
    for (const seed of [1, 2]) {
      expect(await analyze(shuffled(events, prng(seed)), { journeySample: 5 })).toEqual(sorted);
    }
  }, 30_000);

  it('gives the same report for nearly sorted input (neighbours swapped), as a collector log is', async () => {
    const sorted = sortedByTime(events);
    const nearly = [...sorted];
    for (let i = 0; i + 1 < nearly.length; i += 7) [nearly[i], nearly[i + 1]] = [nearly[i + 1] as CairnEvent, nearly[i] as CairnEvent];
    expect(await analyze(nearly, { journeySample: 5 })).toEqual(await analyze(sorted, { journeySample: 5 }));
  }, 30_000);

  it('links a device to the user it was first seen with in time order, even when the input order says otherwise', async () => {
    // Two users on one device, one second apart, listed in the wrong order: the device belongs to u1.
    const first = ev({ anonymousId: 'shared', userId: 'u1', ts: T0 + 1000 });
    const second = ev({ anonymousId: 'shared', userId: 'u2', ts: T0 + 2000 });
    const anonymous = ev({ anonymousId: 'shared', ts: T0, type: 'cta', name: 'Buy' });
    const inOrder = await analyze([anonymous, first, second], { journeySample: 2 });
    const swapped = await analyze([anonymous, second, first], { journeySample: 2 });
    expect(swapped).toEqual(inOrder);
    const u1 = inOrder.journeys.sample.find((j) => j.userId === 'u1');
    expect(u1?.events).toBe(2);
  });

  it('reads an AsyncIterable the same way as an array (time-ordered, users identified from their first event)', async () => {
    const known = sortedByTime(events).map((e) => {
      const v = /^v(\d+)/.exec(e.anonymousId)?.[1];
      return Number(v) % 3 === 0 ? { ...e, userId: `u${v}` } : e;
    });
    expect(await analyze(streamOf(known))).toEqual(await analyze(known));
    // Out of order by up to a minute, within the reorder window.
    const jittered = known.map((e, i) => ({ e, k: eventTime(e) + (i % 7) * 9_000 })).sort((a, b) => a.k - b.k).map((x) => x.e);
    expect(await analyze(streamOf(jittered))).toEqual(await analyze(known));
  }, 30_000);

  it('merges a device identified late in a stream into the user journey', async () => {
    const stream = [
      ev({ anonymousId: 'tablet', ts: T0 }),
      ev({ anonymousId: 'desk', ts: T0 + HOUR, userId: 'ann' }),
      ev({ anonymousId: 'tablet', ts: T0 + 2 * HOUR, type: 'identify', name: 'identify', userId: 'ann' }),
    ];
    const report = await analyze(streamOf(stream), { journeySample: 1, reorderWindowMs: 0 });
    expect(report.totals.visitors).toBe(1);
    expect(report.journeys.multiDevice).toBe(1);
    expect(report.journeys.sample[0]?.anonymousIds).toEqual(['desk', 'tablet']);
  });

  it('property: random and hostile input never throws', async () => {
    const r = prng(99);
    const junk: unknown[] = [null, undefined, 1, 'x', [], {}, { id: 1 }, { ...ev(), ts: Infinity }, { ...ev(), props: null }];
    for (let run = 0; run < 10; run++) {
      const base = randomEvents(r, 120, 1 + Math.floor(r() * 20), (1 + r() * 100) * DAY) as unknown[];
      const mixed = base.map((e) => (r() < 0.05 ? junk[Math.floor(r() * junk.length)] : e));
      for (const e of mixed) {
        if (r() < 0.05 && typeof e === 'object' && e !== null) {
          const o = e as Record<string, unknown>;
          o['url'] = '%%%?gclid=%';
          o['referrer'] = 'http://[::1';
          o['utm'] = { source: '', medium: 'CPC' };
          o['props'] = { kind: 'nps', score: Number.NaN, value: '12.5', orderId: 7 };
        }
      }
      const period = (['day', 'week', 'month'] as const)[run % 3];
      const report = await analyze(mixed as CairnEvent[], { period, attribution: ['first', 'time-decay', 'position'] });
      expect(report.totals.invalid + report.totals.events + report.totals.duplicates).toBe(mixed.length);
      await analyze(streamOf(mixed) as AsyncIterable<CairnEvent>, { period, reorderWindowMs: r() * HOUR });
    }
  }, 30_000);

  it('counts everything once per the hand-made fixture', async () => {
    const site = 'https://s.example';
    const events = [
      ev({ anonymousId: 'a', url: `${site}/`, referrer: 'https://www.google.com/' }),
      ev({ anonymousId: 'a', type: 'cta', name: 'add', ts: T0 + MIN }),
      ev({ anonymousId: 'a', type: 'checkout', name: 'purchase', ts: T0 + 2 * MIN, props: { orderId: '1', value: 40, currency: 'eur' } }),
      ev({ anonymousId: 'b', url: `${site}/?utm_source=news`, utm: { source: 'news', medium: 'email' } }),
      ev({ anonymousId: 'b', url: `${site}/`, ts: T0 + DAY }),
    ];
    const report = await analyze([...events, { ...events[0]! }], { classifier: testClassifier, period: 'day' });
    expect(report.totals).toMatchObject({
      events: 5,
      duplicates: 1,
      visitors: 2,
      sessions: 3,
      conversions: 1,
      convertedVisitors: 1,
      revenue: 40,
      currencies: ['EUR'],
    });
    expect(report.visitorsByStage).toEqual({ awareness: 1, consideration: 0, conversion: 1, retention: 0, advocacy: 0, unclassified: 0 });
    expect(report.channels).toEqual([
      { channel: 'Direct', visitors: 1, newVisitors: 0, sessions: 1, conversions: 0, revenue: 0 },
      { channel: 'Organic Search', visitors: 1, newVisitors: 1, sessions: 1, conversions: 1, revenue: 40 },
      { channel: 'Email', visitors: 1, newVisitors: 1, sessions: 1, conversions: 0, revenue: 0 },
    ]);
    expect(report.attribution.map((a) => [a.model, a.rows.map((r) => r.key)])).toEqual([
      ['last-non-direct', ['Organic Search']],
      ['linear', ['Organic Search']],
    ]);
    expect(report.kpis.conversionRate).toBe(0.5);
    // Both visitors viewed only /: one path, two visitors; with topPaths 0 it all goes to "other".
    expect(report.topPaths.rows).toEqual([{ path: ['/'], visitors: 2, share: 1 }]);
    expect((await analyze(events, { topPaths: 0 })).topPaths.other).toEqual({ paths: 1, visitors: 2, share: 1 });
    expect(report.stageFunnel.steps.map((s) => s.entered)).toEqual([2, 1, 1, 0, 0]);
    expect(report.lifecycle.rows).toEqual([
      { period: '2026-01-05', new: 2, returning: 0, resurrecting: 0, dormant: 0 },
      { period: '2026-01-06', new: 0, returning: 1, resurrecting: 0, dormant: 1 },
    ]);
  });

  it('rejects what is not a source or a sensible option', async () => {
    await expect(analyze(42 as unknown as CairnEvent[])).rejects.toThrow(/array, an Iterable or an AsyncIterable/);
    await expect(analyze([], { sessionTimeoutMs: -1 })).rejects.toThrow(/sessionTimeoutMs/);
    await expect(analyze([], { attribution: ['nope' as 'first'] })).rejects.toThrow(/unknown attribution model/);
  });
});

describe('memory grows with visitors, not events', () => {
  /** Every piece of per-person state that could grow: touchpoints, stage changes, dedupe ids, order ids, funnel paths. */
  function retained(stream: JourneyStream): number {
    let n = 0;
    for (const p of stream.people()) {
      n += p.touchpoints.length + p.history.length + p.recent.length + (p.orderIds?.length ?? 0) + p.anonymousIds.length;
      for (const slot of p.slots) if (Array.isArray(slot)) n += slot.length;
    }
    return n;
  }

  /** `visitors` people, each with a session every ~2 days (5 events, a purchase now and then), for `days` days. */
  function feed(stream: JourneyStream, visitors: number, days: number): number {
    const r = prng(5);
    let count = 0;
    for (let day = 0; day < days; day += 2) {
      for (let v = 0; v < visitors; v++) {
        const start = T0 + day * DAY + Math.floor(r() * HOUR);
        for (let i = 0; i < 5; i++) {
          const purchase = i === 4 && r() < 0.3;
          const e = ev({
            anonymousId: `v${v}`,
            ts: start + i * MIN,
            ...(i === 0 ? { referrer: 'https://www.google.com/', url: 'https://s.example/' } : {}),
            ...(purchase ? { type: 'checkout', name: 'purchase', props: { orderId: `o${v}-${day}`, value: 10 } } : {}),
          });
          stream.push(e, e.ts);
          count++;
        }
      }
    }
    return count;
  }

  it('a 10× longer log of the same visitors retains about the same state', () => {
    const short = new JourneyStream(resolveJourneyOptions({}), testClassifier, []);
    const long = new JourneyStream(resolveJourneyOptions({}), testClassifier, []);
    const shortEvents = feed(short, 15, 60);
    const longEvents = feed(long, 15, 600);
    expect(longEvents).toBe(10 * shortEvents);
    expect(long.size).toBe(short.size);
    // Touchpoints older than the 30-day lookback are let go; the rest is bounded per person:
    // about 16 touchpoints (30 days / 2), ≤ 8 recent ids, ≤ 10 order ids,
    // ≤ 5 stage changes, 1 anonymous id: under 50.
    expect(retained(long)).toBeLessThan(retained(short) * 1.5);
    expect(retained(long) / long.size).toBeLessThan(50);
  }, 30_000);
});
