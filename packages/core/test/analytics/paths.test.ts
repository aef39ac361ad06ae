import { describe, expect, it } from 'vitest';
import { analyze, stageTransitions, timeInStage, topPaths, type CairnEvent } from '../../src/index.js';
import { HOUR, MIN, T0, ev, testClassifier } from './fixtures.js';

const visit = (person: string, pages: string[]): CairnEvent[] =>
  pages.map((name, i) => ev({ anonymousId: person, name, ts: T0 + i * MIN }));

describe('topPaths', () => {
  // 3 × "/ → /p", 1 × "/ → / → /p" (collapses to "/ → /p"), 2 × "/ → /c", 1 × "/x".
  const events = [
    ...visit('a', ['/', '/p']),
    ...visit('b', ['/', '/p']),
    ...visit('c', ['/', '/p']),
    ...visit('d', ['/', '/', '/p']),
    ...visit('e', ['/', '/c']),
    ...visit('f', ['/', '/c']),
    ...visit('g', ['/x']),
    ev({ anonymousId: 'g', type: 'cta', name: 'Buy', ts: T0 + HOUR }),
  ];

  it('lists the top N paths and buckets the rest as other', () => {
    const r = topPaths(events, { top: 2 });
    expect(r.visitors).toBe(7);
    expect(r.rows).toEqual([
      { path: ['/', '/p'], visitors: 4, share: 4 / 7 },
      { path: ['/', '/c'], visitors: 2, share: 2 / 7 },
    ]);
    expect(r.other).toEqual({ paths: 1, visitors: 1, share: 1 / 7 });
  });

  it('cuts paths at depth and can use every event as a node', () => {
    expect(topPaths(events, { top: 1, depth: 1 }).rows).toEqual([{ path: ['/'], visitors: 6, share: 6 / 7 }]);
    const withEvents = topPaths(events, { nodes: 'events', top: 10 });
    expect(withEvents.rows.find((r) => r.path[0] === '/x')?.path).toEqual(['/x', 'cta:Buy']);
  });
});

describe('topPaths when a visitor identifies mid-journey', () => {
  // Pages before identify() belong to the anonymous device until the link is seen: a stream meets
  // the link late and folds the device into the user, whose path must keep its beginning.
  const journey = [
    ev({ anonymousId: 'a1', name: '/', ts: T0 }),
    ev({ anonymousId: 'a1', type: 'identify', name: 'identify', userId: 'u1', ts: T0 + MIN }),
    ev({ anonymousId: 'a1', name: '/pricing', userId: 'u1', ts: T0 + 2 * MIN }),
  ];
  async function* stream(events: CairnEvent[]) {
    yield* events;
  }

  it('keeps the pages seen before identify, from an array and from a stream', async () => {
    const expected = [{ path: ['/', '/pricing'], visitors: 1, share: 1 }];
    expect((await analyze(journey)).topPaths.rows).toEqual(expected);
    expect((await analyze(stream(journey))).topPaths.rows).toEqual(expected);
  });

  it('keeps the earlier device\'s path when a second device of a known user is linked', async () => {
    const later = [
      ...journey,
      ev({ anonymousId: 'a2', name: '/blog', ts: T0 + 3 * MIN }),
      ev({ anonymousId: 'a2', type: 'identify', name: 'identify', userId: 'u1', ts: T0 + 4 * MIN }),
    ];
    expect((await analyze(stream(later))).topPaths.rows).toEqual([{ path: ['/', '/pricing'], visitors: 1, share: 1 }]);
  });
});

describe('topPaths over many distinct paths', () => {
  // 300 people over 60 distinct two-page paths with 1 to 10 visitors each: far more paths than
  // rows asked for, so only the top rows are picked; ties on visitors are ordered by the nodes.
  const events: CairnEvent[] = [];
  const expected = new Map<string, number>();
  let person = 0;
  for (let p = 0; p < 60; p++) {
    const pages = ['/', `/p/${(p * 37) % 60}`];
    for (let v = 0; v < 1 + (p % 10) && person < 300; v++) {
      events.push(...visit(`m${person++}`, pages));
      expected.set(pages.join('\u0001'), (expected.get(pages.join('\u0001')) ?? 0) + 1);
    }
  }
  const ordered = [...expected].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  it('lists the same rows, in the same order, as sorting every path', () => {
    for (const top of [1, 3, 10]) {
      const r = topPaths(events, { top });
      expect(r.rows.map((row) => [row.path.join('\u0001'), row.visitors])).toEqual(ordered.slice(0, top));
      const rest = ordered.slice(top);
      expect(r.other.paths).toBe(rest.length);
      expect(r.other.visitors).toBe(rest.reduce((sum, [, n]) => sum + n, 0));
    }
  });

  it('top 0 lists nothing and puts every path in other', () => {
    const r = topPaths(events, { top: 0 });
    expect(r.rows).toEqual([]);
    expect(r.other).toEqual({ paths: expected.size, visitors: r.visitors, share: 1 });
  });
});

describe('stage transitions and time in stage', () => {
  /**
   * u1: page (awareness) → cta at +1h (consideration) → purchase at +3h (conversion)
   * u2: page → purchase at +30m (awareness → conversion)
   */
  const events = [
    ev({ anonymousId: 'u1' }),
    ev({ anonymousId: 'u1', type: 'cta', name: 'add', ts: T0 + HOUR }),
    ev({ anonymousId: 'u1', type: 'checkout', name: 'purchase', ts: T0 + 3 * HOUR }),
    ev({ anonymousId: 'u2' }),
    ev({ anonymousId: 'u2', type: 'checkout', name: 'purchase', ts: T0 + 30 * MIN }),
  ];

  it('counts stage-to-stage moves for a Sankey chart', () => {
    expect(stageTransitions(events, { classifier: testClassifier })).toEqual([
      { from: 'start', to: 'awareness', count: 2 },
      { from: 'awareness', to: 'consideration', count: 1 },
      { from: 'awareness', to: 'conversion', count: 1 },
      { from: 'consideration', to: 'conversion', count: 1 },
    ]);
  });

  it('measures the time from entering a stage to entering the next', () => {
    const rows = Object.fromEntries(timeInStage(events, { classifier: testClassifier }).map((r) => [r.stage, r]));
    // Awareness: u1 1h, u2 30m → mean and median 45m, p90 = sorted[ceil(1.8) − 1] = 1h.
    expect(rows['awareness']).toEqual({ stage: 'awareness', entered: 2, count: 2, meanMs: 45 * MIN, medianMs: 45 * MIN, p90Ms: HOUR });
    expect(rows['consideration']).toMatchObject({ entered: 1, count: 1, medianMs: 2 * HOUR });
    // Both are still in conversion: entered, no duration yet.
    expect(rows['conversion']).toEqual({ stage: 'conversion', entered: 2, count: 0, meanMs: null, medianMs: null, p90Ms: null });
  });
});
