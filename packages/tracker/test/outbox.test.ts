// The outbox state machine against a fake endpoint, with fake time. Storage is memory here
// (no IndexedDB): storage.test.ts covers IndexedDB.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker, TrackerOptions } from '../src/index.js';
import { advance, fakeEndpoint, fakeTime, noIndexedDB, setOnline, settle, type Reply } from './setup.js';

let tracker: Tracker | undefined;

beforeEach(() => {
  noIndexedDB();
  localStorage.clear();
  fakeTime();
  setOnline(true);
});
afterEach(async () => {
  // Let the last flush finish against the fake endpoint before it goes away.
  void tracker?.shutdown();
  await advance(12_000, 1_000);
  tracker = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
});

const start = (replies: Reply[], options: TrackerOptions = {}) => {
  const endpoint = fakeEndpoint(replies);
  const errors: string[] = [];
  tracker = createTracker({
    endpoint: '/collect',
    autoPageviews: false,
    onError: (err) => errors.push(err.message),
    ...options,
  });
  return { endpoint, errors };
};

describe('sending', () => {
  test('batches every flushIntervalMs, at once when batchSize is reached, and flush() sends now', async () => {
    const { endpoint } = start([], { batchSize: 3, flushIntervalMs: 5_000 });
    tracker!.track('a');
    await advance(1_500); // the visit's first look at the outbox (after 1 s) sends what is there
    expect(endpoint.seen).toHaveLength(1);
    tracker!.track('b'); // the interval timer 'a' started fires at 5 s
    await advance(3_000);
    expect(endpoint.seen).toHaveLength(1);
    await advance(1_000);
    expect(endpoint.seen).toHaveLength(2);
    tracker!.track('c');
    tracker!.track('d');
    await advance(100);
    tracker!.track('e'); // the third since the last send, in another tick
    await advance(100);
    expect(endpoint.seen).toHaveLength(3);
    expect(endpoint.seen[2]!.events.map((e) => e.name)).toEqual(['c', 'd', 'e']);
    tracker!.track('f');
    await tracker!.flush();
    expect(endpoint.seen).toHaveLength(4);
    expect(endpoint.seen.every((s) => s.sentAt > 0 && !s.keepalive)).toBe(true);
  });

  test('flush() attempts everything queued, batch after batch', async () => {
    const { endpoint } = start([], { batchSize: 2 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) tracker!.track(name);
    await tracker!.flush();
    expect(endpoint.seen.map((s) => s.events.map((e) => e.name).join(''))).toEqual(['ab', 'cd', 'e']);
  });

  test('200: accepted and duplicates are done; rejected ids are dropped and reported, never resent', async () => {
    const { endpoint, errors } = start([]);
    tracker!.track('good');
    tracker!.track('bad');
    await settle();
    const replies = endpoint.fetchMock;
    replies.mockImplementationOnce(async (_url: string, init: RequestInit) => {
      const { events } = JSON.parse(String(init.body));
      endpoint.seen.push({ url: _url, keepalive: false, events, sentAt: 0 });
      const bad = events.find((e: { name: string }) => e.name == 'bad');
      return new Response(JSON.stringify({ accepted: 1, duplicates: 0, rejected: [{ id: bad.id, reason: 'props too deep' }] }));
    });
    await tracker!.flush();
    await tracker!.flush();
    expect(endpoint.seen).toHaveLength(1);
    expect(errors.join()).toContain('props too deep');
  });

  test('5xx, 408, 429 and network errors are retried with growing, jittered backoff; Retry-After is honoured', async () => {
    const { endpoint } = start([503, 'network', 408, { status: 429, headers: { 'Retry-After': '20' } }, 500]);
    tracker!.track('x');
    const times: number[] = [];
    const t0 = Date.now();
    endpoint.fetchMock.mockClear();
    for (let i = 0; i < 240 && endpoint.seen.length < 6; i++) {
      const before = endpoint.seen.length;
      await advance(500, 500);
      if (endpoint.seen.length > before) times.push(Date.now() - t0);
    }
    expect(endpoint.seen).toHaveLength(6);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // 1 s, 2 s, 4 s steps (each between half and all of the step, plus timer granularity)...
    expect(gaps[0]).toBeGreaterThanOrEqual(500);
    expect(gaps[0]).toBeLessThanOrEqual(1_500);
    expect(gaps[1]).toBeGreaterThanOrEqual(1_000);
    expect(gaps[1]).toBeLessThanOrEqual(2_500);
    expect(gaps[2]).toBeGreaterThanOrEqual(2_000);
    // ...then the 429's Retry-After: 20 s, longer than the backoff step.
    expect(gaps[3]).toBeGreaterThanOrEqual(20_000);
    // the same event every time, then accepted: the outbox is empty
    expect(new Set(endpoint.ids()).size).toBe(1);
    await tracker!.flush();
    expect(endpoint.seen).toHaveLength(6);
  });

  test('a request with no answer is aborted after timeoutMs and retried', async () => {
    const { endpoint } = start(['hang'], { timeoutMs: 2_000 });
    tracker!.track('x');
    await advance(1_500);
    expect(endpoint.seen).toHaveLength(1);
    await advance(2_000); // aborted
    await advance(2_000); // backoff ~1 s, then retried and accepted
    expect(endpoint.seen).toHaveLength(2);
    await tracker!.flush();
    expect(endpoint.seen).toHaveLength(2);
  });

  test('413 splits the batch; a single event still too large is dropped and counted in cairn_dropped', async () => {
    const { endpoint, errors } = start([413, 200, 413]);
    for (const name of ['a', 'b', 'c', 'd']) tracker!.track(name);
    await tracker!.flush();
    // [a b c d] → 413 → [a b] ok, [c d] → 413 → [c] ok... the next reply is 200 by default
    expect(endpoint.seen.map((s) => s.events.map((e) => e.name).join(''))).toEqual(['abcd', 'ab', 'cd', 'c', 'd']);
    expect(errors.filter((e) => !e.startsWith('storage'))).toEqual([]);
  });

  test('413 for a single event: dropped and counted in a cairn_dropped event', async () => {
    const { endpoint, errors } = start([413]);
    tracker!.track('huge');
    await tracker!.flush();
    await tracker!.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['huge', 'cairn_dropped']);
    expect(endpoint.events()[1]!.props).toEqual({ count: 1, reason: 'tooLarge' });
    expect(errors.join()).toContain('tooLarge');
  });

  test('other 4xx: the batch is dropped and reported', async () => {
    const { endpoint, errors } = start([400]);
    tracker!.track('x');
    await tracker!.flush();
    await tracker!.flush();
    expect(endpoint.seen).toHaveLength(1);
    expect(errors.join()).toMatch(/HTTP 400/);
  });
});

describe('offline and outages', () => {
  test('offline: no attempt is made or counted; going online sends at once', async () => {
    const { endpoint } = start([]);
    setOnline(false);
    tracker!.track('x');
    await advance(60_000, 1_000);
    expect(endpoint.seen).toHaveLength(0);
    setOnline(true);
    await advance(100, 100);
    expect(endpoint.seen).toHaveLength(1);
  });

  test('a network error while the browser went offline does not grow the backoff', async () => {
    const { endpoint } = start(['network', 'network']);
    tracker!.track('x');
    endpoint.fetchMock.mockImplementationOnce(async () => {
      setOnline(false);
      throw new TypeError('Failed to fetch');
    });
    await advance(1_500);
    expect(endpoint.fetchMock).toHaveBeenCalledTimes(1);
    await advance(10 * 60_000, 5_000);
    expect(endpoint.fetchMock).toHaveBeenCalledTimes(1);
    setOnline(true);
    await advance(100, 100);
    expect(endpoint.fetchMock).toHaveBeenCalledTimes(2);
  });

  test('an endpoint that never answers (blocked): at most every 30 s while visible, every 5 min after 10 min', async () => {
    const { endpoint } = start(Array(200).fill('network'));
    tracker!.track('x');
    await advance(10 * 60_000, 5_000);
    const firstTen = endpoint.seen.length;
    expect(firstTen).toBeGreaterThanOrEqual(18); // 1+2+4+8+16 s, then 15–30 s apart
    expect(firstTen).toBeLessThanOrEqual(45);
    await advance(30 * 60_000, 10_000);
    const nextThirty = endpoint.seen.length - firstTen;
    expect(nextThirty).toBeGreaterThanOrEqual(5); // 150–300 s apart
    expect(nextThirty).toBeLessThanOrEqual(13);
  });

  test('a hidden tab backs off up to 5 minutes; becoming visible retries at once', async () => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    const { endpoint } = start(Array(50).fill(503));
    tracker!.track('x');
    await advance(20 * 60_000, 10_000);
    const hiddenCalls = endpoint.seen.length;
    expect(hiddenCalls).toBeLessThanOrEqual(16); // 1..256 s, then 150–300 s apart
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    endpoint.fetchMock.mockClear();
    document.dispatchEvent(new Event('visibilitychange'));
    await advance(100, 100);
    expect(endpoint.seen.length).toBe(hiddenCalls + 1);
  });
});

describe('unload', () => {
  test('hidden: keepalive requests of at most ~16 KB each, at most 3 at once', async () => {
    const { endpoint } = start([], { batchSize: 500, flushIntervalMs: 60_000 });
    for (let i = 0; i < 120; i++) tracker!.track('big', { blob: 'x'.repeat(1_000) });
    await settle();
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    await advance(10, 10);
    expect(endpoint.seen.length).toBe(3);
    for (const s of endpoint.seen) {
      expect(s.keepalive).toBe(true);
      expect(JSON.stringify(s.events).length).toBeLessThanOrEqual(17_500);
    }
  });

  test('a refused keepalive request falls back to sendBeacon and the events stay queued', async () => {
    const { endpoint } = start([]);
    const beacon = vi.fn(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: beacon });
    tracker!.track('x');
    await settle();
    endpoint.fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('keepalive budget exceeded');
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    await advance(10, 10);
    expect(beacon).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    await tracker!.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['x']);
    delete (navigator as { sendBeacon?: unknown }).sendBeacon;
  });

  test('pagehide hands events that exist only in memory to a keepalive request', async () => {
    const { endpoint } = start([]);
    tracker!.track('last words');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settle();
    expect(endpoint.seen.map((s) => [s.keepalive, s.events[0]!.name])).toEqual([[true, 'last words']]);
  });
});

