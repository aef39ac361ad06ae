// Several tabs of one site share one outbox; only one sends at a time.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { fakeEndpoint, setOnline, settle } from './setup.js';

const trackers: Tracker[] = [];

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  localStorage.clear();
  setOnline(true);
});
afterEach(async () => {
  await Promise.all(trackers.splice(0).map((t) => t.shutdown()));
  delete (navigator as { locks?: unknown }).locks;
  vi.unstubAllGlobals();
});

/** A Web Locks API good enough for `ifAvailable` requests, shared by every "tab" of the test. */
const fakeLocks = () => {
  const held = new Set<string>();
  let granted = 0;
  const locks = {
    async request(name: string, _options: unknown, callback: (lock: unknown) => Promise<unknown>) {
      if (held.has(name)) return callback(null);
      held.add(name);
      granted++;
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
  Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
  return { held, granted: () => granted };
};

/** An endpoint that takes a while to answer, so that tabs overlap. */
const slowEndpoint = () => {
  const endpoint = fakeEndpoint();
  const inner = endpoint.fetchMock.getMockImplementation()!;
  let concurrent = 0;
  let maxConcurrent = 0;
  endpoint.fetchMock.mockImplementation(async (url: string, init: RequestInit) => {
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    await new Promise((resolve) => setTimeout(resolve, 15));
    try {
      return await inner(url, init);
    } finally {
      concurrent--;
    }
  });
  return { ...endpoint, maxConcurrent: () => maxConcurrent };
};

const tabs = (n: number) =>
  Array.from({ length: n }, () => {
    const tracker = createTracker({ endpoint: '/collect', siteId: 'shop', autoPageviews: false, batchSize: 5 });
    trackers.push(tracker);
    return tracker;
  });

const runTabs = async (n: number) => {
  const endpoint = slowEndpoint();
  const all = tabs(n);
  for (let round = 0; round < 4; round++) {
    all.forEach((tab, i) => {
      for (let k = 0; k < 3; k++) tab.track(`t${i}-r${round}-${k}`);
    });
    await settle();
    await Promise.all(all.map((tab) => tab.flush()));
  }
  // whatever a tab could not send because another held the lock, a later flush sends
  for (let i = 0; i < 5; i++) await Promise.all(all.map((tab) => tab.flush()));
  return endpoint;
};

describe('one sender at a time', () => {
  test('with the Web Locks API: every event arrives once, never two requests at once', async () => {
    const locks = fakeLocks();
    const endpoint = await runTabs(3);
    const ids = endpoint.ids();
    expect(ids).toHaveLength(36);
    expect(new Set(ids).size).toBe(36);
    expect(endpoint.maxConcurrent()).toBe(1);
    expect(locks.granted()).toBeGreaterThan(0);
  });

  test('without it, a lease in IndexedDB: every event arrives once, never two requests at once', async () => {
    expect((navigator as { locks?: unknown }).locks).toBeFalsy();
    const endpoint = await runTabs(3);
    const ids = endpoint.ids();
    expect(new Set(ids).size).toBe(36);
    expect(ids).toHaveLength(36);
    expect(endpoint.maxConcurrent()).toBe(1);
  });

  test("a tab sends the events another tab left behind", async () => {
    fakeLocks();
    const endpoint = fakeEndpoint();
    setOnline(false);
    const [closing] = tabs(1);
    closing!.track('left behind');
    await settle();
    await closing!.shutdown();
    setOnline(true);
    const [other] = tabs(1);
    await other!.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['left behind']);
  });
});
