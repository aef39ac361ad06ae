import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB } from './setup.js';

beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('records the first page view and a custom event, and flush() delivers them', async () => {
  const endpoint = fakeEndpoint();
  const tracker = createTracker({ endpoint: '/collect', siteId: 'shop' });
  tracker.track('signup', { plan: 'pro' });
  await tracker.flush();
  expect(endpoint.seen[0]!.url).toBe('/collect?site=shop');
  expect(endpoint.events().map((e) => [e.type, e.name])).toEqual([
    ['page', '/'],
    ['track', 'signup'],
  ]);
  await tracker.shutdown();
});
