// Leaving the site (tab closed, another site typed or linked): the page's events that are stored but not
// yet acknowledged go out with keepalive during pagehide itself. Browsers fire pagehide and then
// visibilitychange (hidden) as a document unloads (HTML "unload a document"; Chromium 156 does so for a
// tab close and a cross-site navigation), and tear the document down right after: the keepalive send that
// visibilitychange started had to read IndexedDB first, which never answered, so an outbound link click
// (the last thing a visitor does on the site) waited in IndexedDB for a next visit that may never come.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB, setOnline, settle } from './setup.js';

let tracker: Tracker | undefined;
beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  setOnline(true);
});
afterEach(async () => {
  await tracker?.shutdown();
  vi.unstubAllGlobals();
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
});

/** pagehide then visibilitychange, as a document unloads; nothing asynchronous runs in between or after. */
const unload = () => {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
};

test('events stored in IndexedDB but unsent are handed to keepalive requests during the unload events', async () => {
  const endpoint = fakeEndpoint();
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, flushIntervalMs: 60_000 });
  tracker.track('read the guide');
  tracker.cta('Guide', { outbound: true });
  await settle(); // committed to IndexedDB, not sent (the interval is a minute away)
  expect(endpoint.seen).toHaveLength(0);
  unload();
  // Synchronously: the document may be gone at the next task.
  expect(endpoint.seen.map((s) => s.keepalive)).toEqual([true]);
  expect(endpoint.seen[0]!.events.map((e) => e.name)).toEqual(['read the guide', 'Guide']);
});

test('acknowledged events are not sent again on unload', async () => {
  const endpoint = fakeEndpoint();
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, flushIntervalMs: 60_000 });
  tracker.track('sent already');
  await settle();
  await tracker.flush();
  tracker.track('not yet');
  await settle();
  unload();
  expect(endpoint.events().map((e) => e.name)).toEqual(['sent already', 'not yet']);
});

test('events another tab had acknowledged are not sent again when this tab leaves', async () => {
  const endpoint = fakeEndpoint();
  // Two trackers on one IndexedDB: two tabs of the site sharing the outbox.
  const first = createTracker({ endpoint: '/collect', autoPageviews: false, flushIntervalMs: 60_000 });
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, flushIntervalMs: 60_000 });
  first.track('from the first tab');
  tracker.track('from the second tab');
  await settle();
  await tracker.flush(); // the second tab sends both
  expect(endpoint.events().map((e) => e.name).sort()).toEqual(['from the first tab', 'from the second tab']);
  await first.flush(); // the first tab finds its event gone from the store
  unload();
  expect(endpoint.events()).toHaveLength(2);
  await first.shutdown();
});
