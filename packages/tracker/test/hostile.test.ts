// Whatever the page passes, the tracker never throws, and what it sends passes the collector's validation.
import { validateBatch } from '@cairn/core';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB, settle } from './setup.js';

let tracker: Tracker | undefined;
beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
});
afterEach(async () => {
  await tracker?.shutdown();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('hostile calls are cleaned or dropped, good events still arrive, every event passes validateBatch', async () => {
  const endpoint = fakeEndpoint();
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
  tracker = createTracker({ endpoint: '/collect', debug: true, autoPageviews: false });
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  const huge = 'x'.repeat(1_000_000);
  const t = tracker as unknown as Record<string, (...args: unknown[]) => unknown>;
  const calls: unknown[][] = [
    ['track', null],
    ['track', undefined, { a: 1 }],
    ['track', '   '],
    ['track', { toString: () => 'object name' }],
    ['track', 'circular', circular],
    ['track', 'functions', { f: () => 1, s: Symbol('s'), b: BigInt(1), n: Number.NaN, i: Infinity, ok: true }],
    ['track', huge, { huge, list: Array(10_000).fill(huge.slice(0, 100)) }],
    ['track', 'proto', JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "fine": 2}')],
    ['track', 'deep', { a: { b: { c: { d: { e: { f: 1 } } } } } }],
    ['track', 'date', { when: new Date(0), map: new Map() }],
    ['track', 'getter', Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('boom'); } })],
    ['cta', 42],
    ['identify', { id: 1 }],
    ['identify', 'u'.repeat(500)],
    ['purchase', null],
    ['purchase', { value: 1 }],
    ['survey', 'nps', '10'],
    ['checkout'],
    ['consent', 'maybe'],
    ['event', 'nonsense-type', 'x'],
    ['page', 'not props'],
    ['track', 'good', { plan: 'pro' }],
  ];
  for (const [method, ...args] of calls) expect(() => t[method as string]!(...args)).not.toThrow();
  await settle();
  await tracker.flush();
  const body = { v: 1, sentAt: Date.now(), events: endpoint.events() };
  const checked = validateBatch(JSON.parse(JSON.stringify(body)));
  expect(checked.errors).toEqual([]);
  expect(checked.rejected.filter((r) => !r.errors.some((e) => e.path == 'type'))).toEqual([]);
  const names = endpoint.events().map((e) => e.name);
  expect(names).toContain('good');
  expect(names).toContain('circular');
  expect(names).toContain('42');
  expect(names.find((n) => n.startsWith('xxx'))).toHaveLength(128);
  expect(debug.mock.calls.some((c) => c[0] == '[cairn] dropped')).toBe(true);
});

test('beforeSend can enrich or drop; a throwing beforeSend costs only that event', async () => {
  const endpoint = fakeEndpoint();
  tracker = createTracker({
    endpoint: '/collect',
    autoPageviews: false,
    beforeSend: (event) => {
      if (event.name == 'secret') return null;
      if (event.name == 'throw') throw new Error('site bug');
      return { ...event, props: { ...event.props, app: 'web' } };
    },
  });
  tracker.track('secret');
  tracker.track('throw');
  tracker.track('kept');
  await settle();
  await tracker.flush();
  expect(endpoint.events().map((e) => [e.name, e.props])).toEqual([['kept', { app: 'web' }]]);
});

test('the debug log: one "[cairn] queued" line per stored event, "[cairn] dropped" with the reason', async () => {
  fakeEndpoint();
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
  tracker = createTracker({ endpoint: '/collect', debug: true, autoPageviews: false });
  tracker.track('signup');
  tracker.cta('');
  const queued = debug.mock.calls.filter((c) => c[0] == '[cairn] queued');
  expect(queued).toHaveLength(1);
  expect(queued[0]!.slice(1, 3)).toEqual(['track', 'signup']);
  expect(queued[0]![3]).toMatch(/^[0-9a-f-]{36}$/);
  expect(debug.mock.calls.filter((c) => c[0] == '[cairn] dropped')).toHaveLength(1);
});
