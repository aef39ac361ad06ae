import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { mask } from '../src/privacy.js';
import { fakeEndpoint, freshIndexedDB, settle } from './setup.js';

let tracker: Tracker | undefined;
beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(async () => {
  await tracker?.shutdown();
  tracker = undefined;
  for (const key of ['doNotTrack', 'globalPrivacyControl']) delete (navigator as unknown as Record<string, unknown>)[key];
  vi.unstubAllGlobals();
});

const setNavigator = (key: string, value: unknown) =>
  Object.defineProperty(navigator, key, { configurable: true, value });

describe('Do-Not-Track and Global Privacy Control', () => {
  test.each([
    ['doNotTrack', '1'],
    ['globalPrivacyControl', true],
  ])('%s set: nothing stored, nothing sent', async (key, value) => {
    setNavigator(key, value);
    const endpoint = fakeEndpoint();
    tracker = createTracker({ endpoint: '/collect' });
    tracker.track('x');
    await tracker.flush();
    expect(endpoint.seen).toHaveLength(0);
    expect(localStorage.length).toBe(0);
  });

  test('respectDnt: false tracks anyway', async () => {
    setNavigator('doNotTrack', '1');
    const endpoint = fakeEndpoint();
    tracker = createTracker({ endpoint: '/collect', respectDnt: false, autoPageviews: false });
    tracker.track('x');
    await tracker.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['x']);
  });
});

describe('consent', () => {
  test('pending: events wait in memory, nothing is stored; granted releases them in order', async () => {
    const endpoint = fakeEndpoint();
    tracker = createTracker({ endpoint: '/collect', consent: 'pending' });
    tracker.track('while pending');
    await settle();
    await tracker.flush();
    expect(endpoint.seen).toHaveLength(0);
    expect(localStorage.length).toBe(0);
    tracker.consent('granted');
    tracker.track('after');
    await settle();
    await tracker.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['/', 'while pending', 'after']);
    expect(localStorage.length).toBeGreaterThan(0);
  });

  test('denied: held events are dropped and nothing more is recorded', async () => {
    const endpoint = fakeEndpoint();
    tracker = createTracker({ endpoint: '/collect', consent: 'pending' });
    tracker.track('held');
    tracker.consent('denied');
    tracker.track('after');
    tracker.consent('granted');
    await settle();
    await tracker.flush();
    expect(endpoint.events()).toEqual([]);
  });
});

describe('URL masking', () => {
  test.each([
    ['https://s.example/account/jane.doe+news@mail.example.com/orders', 'https://s.example/account/[email]/orders'],
    ['https://s.example/?email=jane%40mail.example.com&x=1', 'https://s.example/?email=[email]&x=1'],
    ['https://s.example/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N', 'https://s.example/reset/[token]'],
    ['https://s.example/o?id=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'https://s.example/o?id=[token]'],
    ['https://s.example/o/123e4567-e89b-12d3-a456-426614174000', 'https://s.example/o/[token]'],
    ['https://s.example/p/summer-sale-2026-the-best-running-shoes-ever', 'https://s.example/p/summer-sale-2026-the-best-running-shoes-ever'],
    ['https://s.example/short/AbC123', 'https://s.example/short/AbC123'],
  ])('%s', (url, expected) => {
    expect(mask(url, [])).toBe(expected);
  });

  test('stripParams removes query parameters from every recorded URL', async () => {
    history.replaceState(null, '', '/search?q=shoes&session=abc&ref=mail');
    const endpoint = fakeEndpoint();
    tracker = createTracker({ endpoint: '/collect', stripParams: ['session', 'ref'] });
    await tracker.flush();
    expect(endpoint.events()[0]!.url).toBe('http://localhost:3000/search?q=shoes');
  });
});
