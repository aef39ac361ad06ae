// The script-tag entry: options from data-* attributes, the stub's queue replayed in order, cairn(...) after load.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeEndpoint, freshIndexedDB, settle } from './setup.js';

type Cairn = ((method: string, ...args: unknown[]) => unknown) & { q?: unknown[] };
const w = window as unknown as { cairn?: Cairn };

beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  document.head.innerHTML = '';
  vi.resetModules();
});
afterEach(async () => {
  await (w.cairn?.('shutdown') as Promise<void> | undefined);
  delete w.cairn;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The documented stub, as a page would run it before cairn.js arrives. */
const stub = () => {
  // eslint-disable-next-line prefer-rest-params
  w.cairn = w.cairn || (function () { ((w.cairn!.q = w.cairn!.q || []) as unknown[]).push(arguments); } as Cairn);
};

const load = async (attributes: Record<string, string>) => {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
  await import('../src/script.js');
};

test('reads every option from data-* attributes and replays queued calls in order', async () => {
  const endpoint = fakeEndpoint();
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
  stub();
  w.cairn!('identify', 'user-7');
  w.cairn!('cta', 'signup', { plan: 'pro' });
  w.cairn!('track', 'queued later');
  await load({
    'data-endpoint': '/in',
    'data-site': '007',
    'data-batch-size': '2',
    'data-flush-interval': '60000',
    'data-auto-pageviews': 'false',
    'data-auto-cta': 'false',
    'data-debug': 'true', // (happy-dom leaves empty attributes out of dataset; browsers read data-debug alone as true)
    'data-strip-params': 'a, b',
  });
  await settle();
  await (w.cairn!('flush') as Promise<void>);
  expect(endpoint.seen[0]!.url).toBe('/in?site=007');
  expect(endpoint.seen[0]!.events).toHaveLength(2); // batch size 2
  expect(endpoint.events().map((e) => [e.type, e.name, e.userId])).toEqual([
    ['identify', 'identify', 'user-7'],
    ['cta', 'signup', 'user-7'],
    ['track', 'queued later', 'user-7'],
  ]);
  expect(debug).toHaveBeenCalled();
});

test('after load, cairn() calls the method and returns its result; garbage never throws', async () => {
  const endpoint = fakeEndpoint();
  stub();
  await load({ 'data-endpoint': '/collect', 'data-auto-pageviews': 'false' });
  const cairn = w.cairn!;
  for (const args of [[], [null], ['nope'], ['constructor'], ['__proto__'], ['toString'], [{}], ['track', { a: 1 }]]) {
    expect(() => (cairn as (...a: unknown[]) => unknown)(...args)).not.toThrow();
  }
  cairn('track', 'ok');
  const result = cairn('flush');
  expect(result).toBeInstanceOf(Promise);
  await result;
  expect(endpoint.events().map((e) => e.name)).toEqual(['ok']);
  expect(cairn('pageId')).toBeUndefined();
});

test('consent from the tag: pending until the page grants it', async () => {
  const endpoint = fakeEndpoint();
  stub();
  await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' });
  await (w.cairn!('flush') as Promise<void>);
  expect(endpoint.seen).toHaveLength(0);
  w.cairn!('consent', 'granted');
  await settle();
  await (w.cairn!('flush') as Promise<void>);
  expect(endpoint.events().map((e) => e.type)).toEqual(['page']);
});
