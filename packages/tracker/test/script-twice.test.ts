// cairn.js loaded twice on one page (a tag manager and a hard-coded tag, a CMS block included twice):
// the second copy created a second tracker, so every page view and click was recorded twice.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeEndpoint, freshIndexedDB, settle } from './setup.js';

type Cairn = ((method: string, ...args: unknown[]) => unknown) & { q?: unknown[] };
const w = window as unknown as { cairn?: Cairn };

beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
afterEach(async () => {
  await (w.cairn?.('shutdown') as Promise<void> | undefined);
  delete w.cairn;
  vi.unstubAllGlobals();
});

const load = async () => {
  const script = document.createElement('script');
  script.setAttribute('data-endpoint', '/collect');
  script.setAttribute('data-flush-interval', '60000');
  document.head.append(script);
  vi.resetModules(); // a fresh evaluation of cairn.js, as a second <script> tag gives
  await import('../src/script.js');
};

test('a second copy of cairn.js keeps the first tracker: one page view, one event per click', async () => {
  const endpoint = fakeEndpoint();
  await load();
  const first = w.cairn;
  await load();
  expect(w.cairn).toBe(first);
  document.body.innerHTML = '<button type="button">Buy now</button>';
  document.querySelector('button')!.click();
  await settle();
  await (w.cairn!('flush') as Promise<void>);
  expect(endpoint.events().map((e) => `${e.type} ${e.name}`)).toEqual(['page /', 'cta Buy now']);
});
