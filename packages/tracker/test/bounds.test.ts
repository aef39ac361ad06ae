// The outbox stays bounded, and what it drops is reported with a cairn_dropped event.
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
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('over maxQueue: the oldest are dropped and counted', async () => {
  const endpoint = fakeEndpoint();
  setOnline(false);
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, maxQueue: 5 });
  for (let i = 0; i < 8; i++) tracker.track(`e${i}`);
  await settle();
  await tracker.flush(); // offline: nothing is sent, but the bound applies
  await tracker.flush();
  setOnline(true);
  await settle();
  await tracker.flush();
  const events = endpoint.events();
  expect(events.length).toBe(5);
  expect(events.map((e) => e.name)).toEqual(['e4', 'e5', 'e6', 'e7', 'cairn_dropped']);
  expect(events[4]!.props).toEqual({ count: 4, reason: 'maxQueue' });
});

test('older than maxAgeDays: dropped unsent and counted', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const endpoint = fakeEndpoint();
  setOnline(false);
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, maxAgeDays: 2 });
  tracker.track('old');
  tracker.track('older');
  await settle();
  vi.setSystemTime(Date.now() + 3 * 864e5);
  tracker.track('fresh');
  await settle();
  setOnline(true);
  await tracker.flush();
  await tracker.flush();
  const events = endpoint.events();
  expect(events.map((e) => e.name)).toEqual(['fresh', 'cairn_dropped']);
  expect(events[1]!.props).toEqual({ count: 2, reason: 'maxAge' });
});
