import type { CairnEvent } from '../types.js';
import { retryAfter, retryDelay } from './backoff.js';
import { withSendLock } from './lock.js';
import { post } from './send.js';
import { keyOf, type Key, type Store } from './store.js';

/** What the outbox needs from the tracker. */
export interface OutboxConfig {
  _url: string;
  _lockName: string;
  _owner: string;
  _batchSize: number;
  _intervalMs: number;
  _maxQueue: number;
  _maxAgeMs: number;
  _timeoutMs: number;
  /** Events left the outbox unsent (reason, count): the tracker records a `cairn_dropped` event. */
  _dropped(reason: string, count: number): void;
  /** An event or a batch was refused by the endpoint. */
  _refused(reason: string, ids: string[]): void;
}

export interface Outbox {
  /** Queues an event: stored in this tick's transaction, sent with the next batch. */
  _add(event: CairnEvent): void;
  /** Attempts everything queued now; `keepalive` for a page being hidden or unloaded. */
  _flush(keepalive?: boolean): Promise<void>;
  /** The network or the tab came back: retry now rather than at the end of the backoff. */
  _resume(): void;
  /** Events not yet known to be stored: queued this tick, or written without a commit yet (all of them when storage failed). */
  _unsaved(): CairnEvent[];
  /**
   * The page is going away: hands events that exist only in memory to keepalive requests (with `away`,
   * the visitor leaves the site: every event of this page not yet acknowledged), then closes storage
   * once the pending writes are done (an open connection keeps a page out of the back/forward cache).
   */
  _leave(away: boolean): void;
  _stop(): void;
}

/** A normal batch stays under this many bytes of JSON. */
const BATCH_BYTES = 60_000;
/** A keepalive request stays under this, and so many are in flight at most (the browser allows 64 KB in all). */
const KEEPALIVE_BYTES = 16_000;
const KEEPALIVE_REQUESTS = 3;

/** Splits `events` into runs of at most `bytes` of JSON (and `count` events); an oversized event travels alone. */
const chunk = (events: CairnEvent[], bytes: number, count: number): CairnEvent[][] => {
  const chunks: CairnEvent[][] = [];
  let current: CairnEvent[] = [];
  let size = 0;
  for (const event of events) {
    const length = JSON.stringify(event).length;
    if (current.length && (size + length > bytes || current.length >= count)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(event);
    size += length;
  }
  if (current.length) chunks.push(current);
  return chunks;
};

export const createOutbox = (c: OutboxConfig, store: Store): Outbox => {
  /** Events added this tick, written together. */
  let pending: CairnEvent[] = [];
  let writing: Promise<void> = Promise.resolve();
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = 0;
  /** No attempt before this time (backoff), unless the network or the tab comes back. */
  let retryAt = 0;
  /** No attempt at all before this time: the endpoint's Retry-After. */
  let quietUntil = 0;
  let failures = 0;
  let outageSince = 0;
  let stopped = false;
  /** Events added since the last round began: `batchSize` of them trigger a send at once. */
  let added = 0;
  const inFlight = new Set<string>();
  /**
   * This page's events until acknowledged or dropped, to send from memory as the visitor leaves the site:
   * pagehide comes before visibilitychange, and the document is gone before an IndexedDB read answers.
   * Another tab may send them: each round forgets those no longer in the shared store.
   */
  const unacked = new Map<string, CairnEvent>();
  /** The store's keys at the last round: what an erased store took with it. */
  let seen: Key[] = [];

  const schedule = (ms: number) => {
    const at = Math.max(Date.now() + ms, retryAt, quietUntil);
    if (stopped || (timer && timerAt <= at)) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, at - Date.now());
  };

  const failed = (header?: string | null) => {
    // Attempts made offline are not failures: the `online` event resumes.
    if (navigator.onLine === false) return;
    const now = Date.now();
    outageSince ||= now;
    const wait = retryAfter(header);
    if (wait) quietUntil = now + wait;
    retryAt = now + Math.max(wait, retryDelay(++failures, outageSince, document.hidden));
    clearTimeout(timer); // an earlier timer would retry before the backoff is over
    timer = undefined;
    schedule(0);
  };

  /** Drops the oldest events beyond maxAge and maxQueue; returns the keys left. */
  const prune = async (keys: Key[]): Promise<Key[]> => {
    const oldest = Date.now() - c._maxAgeMs;
    const expired = keys.filter((key) => key[0] < oldest);
    const kept = keys.slice(expired.length);
    // One more than the excess, so that the cairn_dropped report itself fits under maxQueue.
    const excess = kept.splice(0, kept.length > c._maxQueue ? kept.length - c._maxQueue + 1 : 0);
    for (const [reason, gone] of [['maxAge', expired], ['maxQueue', excess]] as const) {
      if (gone.length) {
        await store._del(gone);
        c._dropped(reason, gone.length);
      }
    }
    return kept;
  };

  /** Sends one batch; resolves whether to go on with the next one. */
  const send = async (events: CairnEvent[], keepalive: boolean): Promise<boolean> => {
    for (const event of events) inFlight.add(event.id);
    const [status, ack, header] = await post(c._url, events, keepalive, c._timeoutMs);
    for (const event of events) inFlight.delete(event.id);
    if (status == 413 && events.length > 1) {
      const half = events.length >> 1;
      return (await send(events.slice(0, half), keepalive)) && send(events.slice(half), keepalive);
    }
    if (status == -1) return false; // sendBeacon: delivered maybe, acknowledged never; stays queued
    if (!status || status == 408 || status == 429 || status >= 500) {
      failed(header);
      return false;
    }
    if (status < 300) {
      failures = outageSince = retryAt = 0;
      const rejected = ack?.rejected;
      if (Array.isArray(rejected) && rejected.length) {
        c._refused('rejected', rejected.map((r) => `${r?.id}: ${r?.reason}`));
      }
    } else if (status == 413) {
      c._dropped('tooLarge', 1);
    } else {
      c._refused(`HTTP ${status}`, events.map((event) => event.id));
    }
    for (const event of events) unacked.delete(event.id);
    await store._del(events.map(keyOf));
    return true;
  };

  /** Sends `events` with keepalive, now and all at once: the page may be gone next. At most 48 KB in flight. */
  const rescue = (events: CairnEvent[]) =>
    Promise.all(chunk(events, KEEPALIVE_BYTES, c._batchSize).slice(0, KEEPALIVE_REQUESTS).map((batch) => send(batch, true)));

  const read = async (keys: Key[]) => (await store._get(keys)).filter((event): event is CairnEvent => !!event);

  const round = async (keepalive: boolean) => {
    added = 0;
    const since = Date.now();
    /** What the store keeps this round, once pruned (one read, inside the lock when this tab gets it). */
    let stored: Key[] | undefined;
    await writing;
    const held = await withSendLock(c._lockName, c._owner, store, async () => {
      const keys = (stored = await prune(await store._keys())).filter((key) => !inFlight.has(key[2]));
      if (!keys.length || navigator.onLine === false || Date.now() < quietUntil) return;
      if (keepalive) return void (await rescue(await read(keys.slice(0, 500))));
      // Everything that is queued now, batch after batch, until the endpoint fails.
      let more = true;
      for (let i = 0; more && i < keys.length; i += c._batchSize) {
        for (const batch of chunk(await read(keys.slice(i, i + c._batchSize)), BATCH_BYTES, c._batchSize)) {
          if (more) more = await send(batch, false);
        }
      }
    });
    // This page's events written before the round and gone from the store: another tab had them
    // acknowledged (or they were dropped), so leaving the site will not send them again.
    const queued = new Set((seen = stored || (await store._keys())).map((key) => key[2]));
    for (const [id, event] of unacked) if (event.ts < since && !queued.has(id)) unacked.delete(id);
    if (!held) schedule(c._intervalMs); // another tab is sending; look again later
  };

  // The store was erased under this page (ITP, "clear site data", eviction). Its own unacknowledged events
  // are still in memory: they are stored again. Those only the store held (tabs closed before) are gone:
  // reported, so the loss shows in the reports. (With other tabs open, each counts the others' too.)
  store._erased = () => {
    writing = writing.then(() => store._put([...unacked.values()]));
    const lost = seen.filter((key) => !unacked.has(key[2])).length;
    if (lost) c._dropped('erased', lost);
  };

  const flush = (keepalive = false): Promise<void> =>
    (running = running.then(() => (stopped ? undefined : round(keepalive))).catch(() => {}));

  const unsaved = () => [...store._volatile(), ...pending];

  return {
    _add(event) {
      if (!pending.length) writing = writing.then(() => store._put(pending.splice(0)));
      pending.push(event);
      unacked.set(event.id, event);
      schedule(++added >= c._batchSize ? 0 : c._intervalMs);
    },
    _flush: flush,
    _resume() {
      retryAt = 0;
      schedule(0);
    },
    _unsaved: unsaved,
    _leave(away) {
      void writing.then(store._close);
      const volatile = (away ? [...unacked.values()] : unsaved()).filter((event) => !inFlight.has(event.id));
      if (volatile.length && navigator.onLine !== false) void rescue(volatile);
    },
    _stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
};
