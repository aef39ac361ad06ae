// IndexedDB: durability across "tabs" (tracker instances), and every way it can fail.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker, TrackerOptions } from '../src/index.js';
import { advance, fakeEndpoint, fakeTime, setOnline, settle } from './setup.js';

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
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const start = (options: TrackerOptions = {}) => {
  const errors: string[] = [];
  const tracker = createTracker({ endpoint: '/collect', autoPageviews: false, onError: (e) => errors.push(e.message), ...options });
  trackers.push(tracker);
  return { tracker, errors };
};

/** Wraps the fake IndexedDB so each opened connection can be sabotaged. */
const sabotage = (onConnection: (db: IDBDatabase) => void) => {
  vi.stubGlobal('indexedDB', {
    open(name: string) {
      const request = factory.open(name);
      request.addEventListener('success', () => onConnection(request.result));
      return request;
    },
  });
};

describe('durability', () => {
  test('events of a tab closed while offline are sent, once, by the next visit', async () => {
    const endpoint = fakeEndpoint();
    setOnline(false);
    const first = start().tracker;
    first.track('one');
    first.track('two');
    await settle();
    await first.shutdown(); // the tab is closed
    expect(endpoint.seen).toHaveLength(0);
    setOnline(true);
    const next = start().tracker;
    next.track('three');
    await settle();
    await next.flush();
    await next.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['one', 'two', 'three']);
  });

  test('writes are coalesced: events of one tick share one transaction', async () => {
    let transactions = 0;
    sabotage((db) => {
      const original = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
        if (args[1] == 'readwrite') transactions++;
        return original(...args);
      }) as IDBDatabase['transaction'];
    });
    fakeEndpoint();
    const { tracker } = start({ flushIntervalMs: 60_000 });
    for (let i = 0; i < 20; i++) tracker.track(`e${i}`);
    await settle();
    expect(transactions).toBe(1);
  });
});

describe('leaving the page', () => {
  const hide = (hidden: boolean) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  afterEach(() => hide(false));

  test('hidden: stored events are sent, except when a page of the same site is loading next', async () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const endpoint = fakeEndpoint();
    const { tracker } = start({ flushIntervalMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the visit's first look at the outbox
    tracker.track('one');
    await settle();
    const navigate = (url: string) =>
      navigation.dispatchEvent(
        Object.assign(new Event('navigate'), { destination: { url, sameDocument: false }, downloadRequest: null }),
      );
    navigate('http://localhost:3000/next'); // a link within the site: the next page sends what is stored
    hide(true);
    await settle();
    expect(endpoint.seen).toHaveLength(0);
    hide(false);
    window.dispatchEvent(new PageTransitionEvent('pageshow')); // that navigation did not happen after all
    navigate('https://elsewhere.example/'); // leaving the site
    hide(true);
    await settle();
    await settle();
    expect(endpoint.events().map((e) => e.name)).toEqual(['one']); // by the visible tab's resume or the keepalive send
  });
});

describe('when IndexedDB fails, events still go out from memory', () => {
  test('indexedDB missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const endpoint = fakeEndpoint();
    const { tracker, errors } = start();
    tracker.track('x');
    await tracker.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['x']);
    expect(errors.join()).toMatch(/^storage/);
  });

  test('open() that never answers: memory after the 3 s timeout', async () => {
    fakeTime();
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    const endpoint = fakeEndpoint();
    const { tracker, errors } = start();
    tracker.track('x');
    await advance(4_500, 250);
    expect(endpoint.events().map((e) => e.name)).toEqual(['x']);
    expect(errors.join()).toContain('timeout');
  });

  test('QuotaExceededError on write', async () => {
    sabotage((db) => {
      db.transaction = (() => {
        throw new DOMException('quota', 'QuotaExceededError');
      }) as unknown as IDBDatabase['transaction'];
    });
    const endpoint = fakeEndpoint();
    const { tracker, errors } = start();
    tracker.track('x');
    tracker.track('y');
    await settle();
    await tracker.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['x', 'y']);
    expect(errors.join()).toContain('QuotaExceededError');
  });

  test('InvalidStateError (a connection Safari closed): reopened and the write retried once', async () => {
    let opened = 0;
    let failNext = true;
    sabotage((db) => {
      opened++;
      const original = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
        if (failNext) {
          failNext = false;
          throw new DOMException('The database connection is closing.', 'InvalidStateError');
        }
        return original(...args);
      }) as IDBDatabase['transaction'];
    });
    setOnline(false);
    fakeEndpoint();
    const { tracker, errors } = start();
    tracker.track('kept');
    await settle();
    await tracker.shutdown();
    expect(opened).toBe(2);
    expect(errors).toEqual([]);
    // it is in IndexedDB: the next visit sends it
    setOnline(true);
    vi.stubGlobal('indexedDB', factory);
    const endpoint = fakeEndpoint();
    const next = start().tracker;
    await next.flush();
    expect(endpoint.events().map((e) => e.name)).toEqual(['kept']);
  });

  test('pagehide closes the connection (back/forward cache) and the next write reopens it', async () => {
    const connections: IDBDatabase[] = [];
    const closed: IDBDatabase[] = [];
    sabotage((db) => {
      connections.push(db);
      const close = db.close.bind(db);
      db.close = () => {
        closed.push(db);
        close();
      };
    });
    const endpoint = fakeEndpoint();
    const { tracker } = start();
    tracker.track('before');
    await settle();
    // Acknowledged first: pagehide sends what is not (leave-site.test.ts), and its answer would reopen storage here.
    await tracker.flush();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settle();
    expect(closed).toEqual(connections);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    tracker.track('after');
    await settle();
    await tracker.flush();
    expect(connections.length).toBe(2);
    expect(endpoint.events().map((e) => e.name)).toEqual(['before', 'after']);
  });
});

describe('the pagehide spill: events whose IndexedDB write never commits are sent by the next page', () => {
  /**
   * Writes stop committing once the returned `unload()` is called, as when a document is destroyed with
   * a transaction still open (the write is aborted, the page's JavaScript never hears of it).
   */
  const unloadingIndexedDB = () => {
    let gone = false;
    sabotage((db) => {
      const original = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
        if (gone) throw new DOMException('The document is gone', 'AbortError');
        return original(...args);
      }) as IDBDatabase['transaction'];
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
});
