// Cutting a string to a limit never leaves half of an emoji (a lone UTF-16 surrogate): UTF-8 cannot
// encode one, and a collector that stores UTF-8 (DuckDB) refused the whole batch, so it was retried forever.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB, setOnline, settle } from './setup.js';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let tracker: Tracker | undefined;
beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  setOnline(true);
});
afterEach(async () => {
  await tracker?.shutdown();
  document.body.innerHTML = '';
  document.title = '';
  vi.unstubAllGlobals();
});

test('names, labels, props and titles cut at their limit drop the half emoji the cut leaves', async () => {
  const endpoint = fakeEndpoint();
  document.title = `${'t'.repeat(2047)}😀`;
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false });
  tracker.track(`${'n'.repeat(127)}😀`, { text: `${'p'.repeat(2047)}😀`, ok: 'emoji 😀 kept' });
  document.body.innerHTML = `<button type="button">${'b'.repeat(99)}🎉 and more</button>`;
  document.querySelector('button')!.click();
  await settle();
  await tracker.flush();
  const [track, cta] = endpoint.events();
  expect(track!.name).toBe('n'.repeat(127));
  expect(track!.props).toEqual({ text: 'p'.repeat(2047), ok: 'emoji 😀 kept' });
  expect(track!.title).toBe('t'.repeat(2047));
  expect(cta!.name).toBe('b'.repeat(99));
  expect(JSON.stringify(endpoint.events())).not.toMatch(/\\ud[89a-f]/);
  for (const event of endpoint.events()) for (const text of [event.name, event.title ?? '']) expect(text).not.toMatch(LONE);
});
