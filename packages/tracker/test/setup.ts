// Helpers shared by the tests: a fake endpoint behind `fetch`, a fresh IndexedDB per test.
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { CairnEvent } from '../src/types.js';

/** One request the fake endpoint saw. */
export interface Seen {
  url: string;
  keepalive: boolean;
  events: CairnEvent[];
  sentAt: number;
}

export type Reply = number | { status: number; body?: unknown; headers?: Record<string, string> } | 'network' | 'hang';

/**
 * Replaces `fetch` with an endpoint that records every batch and answers with `replies` in turn
 * (then 200 with everything accepted). 'network' rejects like a cut connection, 'hang' never answers.
 */
export const fakeEndpoint = (replies: Reply[] = []) => {
  const seen: Seen[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const batch = JSON.parse(String(init.body)) as { events: CairnEvent[]; sentAt: number };
    seen.push({ url, keepalive: !!init.keepalive, events: batch.events, sentAt: batch.sentAt });
    const reply = replies.shift() ?? 200;
    if (reply == 'network') throw new TypeError('Failed to fetch');
    if (reply == 'hang') {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    const { status, body, headers } = typeof reply == 'number' ? { status: reply, body: undefined, headers: {} } : reply;
    const payload = body ?? (status < 300 ? { accepted: batch.events.length, duplicates: 0, rejected: [] } : { error: 'x' });
    return new Response(JSON.stringify(payload), { status, headers });
  });
  vi.stubGlobal('fetch', fetchMock);
  /** Every event id received, in order (with repeats). */
  const ids = () => seen.flatMap((s) => s.events.map((e) => e.id));
  const events = () => seen.flatMap((s) => s.events);
  return { seen, fetchMock, ids, events };
};

/** A fresh, empty IndexedDB for each test. */
export const freshIndexedDB = () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
};

// fake-indexeddb schedules its callbacks with setImmediate, which the fake timers leave alone.
const realImmediate = globalThis.setImmediate;

/** Lets pending promises and IndexedDB callbacks settle (works with fake timers too). */
export const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => realImmediate(resolve));
};

/** Fakes setTimeout and Date only: IndexedDB (setImmediate) keeps working. */
export const fakeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

/** Advances fake time by `ms` in steps, letting IndexedDB and promises run in between. */
export const advance = async (ms: number, step = 250) => {
  for (let done = 0; done < ms; done += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - done));
    await settle(5);
  }
};

/** No IndexedDB at all: the tracker keeps its outbox in memory (the state-machine tests use this). */
export const noIndexedDB = () => {
  vi.stubGlobal('indexedDB', undefined);
};

/** Sets navigator.onLine and fires the matching event. */
export const setOnline = (online: boolean) => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
};
