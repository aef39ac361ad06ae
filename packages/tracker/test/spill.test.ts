// The page's last moments: events whose IndexedDB write never commits are spilled to localStorage
// on pagehide and sent by the next page.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker, TrackerOptions } from '../src/index.js';
import { fakeEndpoint, setOnline, settle } from './setup.js';

const trackers: Tracker[] = [];
let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  localStorage.clear();
  setOnline(true);
});
afterEach(async () => {
  await Promise.all(trackers.splice(0).map((t) => t.shutdown()));
  vi.unstubAllGlobals();
});

const start = (options: TrackerOptions = {}) => {
  const errors: string[] = [];
  const tracker = createTracker({ endpoint: '/collect', autoPageviews: false, onError: (e) => errors.push(e.message), ...options });
  trackers.push(tracker);
  return { tracker, errors };
};

/**
 * An IndexedDB whose writes stop committing once `unload()` is called, as when a document is destroyed
 * with a transaction still open (the write is aborted, the page's JavaScript never hears of it).
 */
const unloadingIndexedDB = () => {
  let gone = false;
  vi.stubGlobal('indexedDB', {
    open(name: string) {
      const request = factory.open(name);
      request.addEventListener('success', () => {
        const db = request.result;
        const original = db.transaction.bind(db);
        db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
          if (gone) throw new DOMException('The document is gone', 'AbortError');
          return original(...args);
        }) as IDBDatabase['transaction'];
      });
      return request;
    },
  });
  return () => {
    gone = true;
  };
};

const pagehide = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

test('offline, an event tracked as the page unloads is sent by the next page, once', async () => {
  setOnline(false);
  const unload = unloadingIndexedDB();
  const first = start().tracker;
  first.track('stored');
  await settle();
  unload();
  first.track('last'); // the click that navigates away: its write is still queued at pagehide
  pagehide();
  await settle();
  await first.shutdown();
  expect(JSON.parse(localStorage.getItem('cairn:spill')!).map((e: { name: string }) => e.name)).toEqual(['last']);

  setOnline(true);
  vi.stubGlobal('indexedDB', factory);
  const endpoint = fakeEndpoint();
  const next = start().tracker;
  next.track('next page');
  await next.flush();
  expect(endpoint.events().map((e) => e.name)).toEqual(['stored', 'last', 'next page']);
  expect(localStorage.getItem('cairn:spill')).toBeNull();
});

test('nothing is spilled when every write has committed', async () => {
  setOnline(false);
  const { tracker } = start();
  tracker.track('stored');
  await settle();
  pagehide();
  expect(localStorage.getItem('cairn:spill')).toBeNull();
});

test('with storage broken, every unsent event is spilled, and back from the back/forward cache they are queued again', async () => {
  vi.stubGlobal('indexedDB', undefined);
  setOnline(false);
  const endpoint = fakeEndpoint();
  const { tracker } = start({ siteId: 'shop' });
  tracker.track('a');
  tracker.track('b');
  await settle();
  pagehide();
  expect(JSON.parse(localStorage.getItem('cairn:shop:spill')!)).toHaveLength(2);
  setOnline(true);
  // happy-dom's PageTransitionEvent ignores `persisted` in its init dict
  window.dispatchEvent(Object.defineProperty(new PageTransitionEvent('pageshow'), 'persisted', { value: true }));
  expect(localStorage.getItem('cairn:shop:spill')).toBeNull();
  await tracker.flush();
  expect(endpoint.events().map((e) => e.name)).toEqual(['a', 'b']); // each once: the same ids were re-queued
});

test('over 64 KB, the newest events are spilled and the loss is reported', async () => {
  vi.stubGlobal('indexedDB', undefined);
  setOnline(false);
  const { tracker, errors } = start({ maxQueue: 10_000 });
  for (let i = 0; i < 200; i++) tracker.track(`e${i}`, { text: 'x'.repeat(1_000) });
  await settle();
  pagehide();
  const spilled = JSON.parse(localStorage.getItem('cairn:spill')!) as { name: string; props?: { reason?: string } }[];
  expect(JSON.stringify(spilled).length).toBeLessThan(64_000);
  expect(spilled.at(-1)).toMatchObject({ name: 'cairn_dropped', props: { reason: 'spillFull' } });
  expect(spilled.at(-2)!.name).toBe('e199');
  const kept = spilled.length - 1;
  expect(errors).toContain(`${200 - kept} events: spillFull`);
});

test('a corrupt or hostile spill is ignored, never thrown into the page', async () => {
  for (const value of ['{not json', '42', '{"a":1}', '[null, 1, "x", {"id": 5, "ts": 1}, {"id": "ok", "ts": "soon"}]']) {
    localStorage.setItem('cairn:spill', value);
    const endpoint = fakeEndpoint();
    const { tracker, errors } = start();
    await tracker.flush();
    expect(endpoint.events()).toEqual([]);
    expect(errors).toEqual([]);
    expect(localStorage.getItem('cairn:spill')).toBeNull();
    await tracker.shutdown();
  }
});
