import type { CairnEvent } from '../types.js';
import { retryAfter, retryDelay } from './backoff.js';
import { withSendLock } from './lock.js';
import { post } from './send.js';
import { keyOf, type Key, type Store } from './store.js';

/** What the outbox needs from the tracker: its options (options.ts) and where to report losses. */
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

/** The outbox: its config, its store and the state of the send loop. The functions below act on it. */
export interface Outbox extends OutboxConfig {
  _store: Store;
  /** Events added this tick, written together. */
  _pending: CairnEvent[];
  /** The chain of writes: a send round waits for the writes issued before it. */
  _writing: Promise<void>;
  /** The chain of send rounds: one at a time. */
  _running: Promise<void>;
  _timer: ReturnType<typeof setTimeout> | undefined;
  _timerAt: number;
  /** No attempt before this time (backoff), unless the network or the tab comes back. */
  _retryAt: number;
  /** No attempt at all before this time: the endpoint's Retry-After. */
  _quietUntil: number;
  _failures: number;
  _outageSince: number;
  _stopped: boolean;
  /** Events added since the last round began: `batchSize` of them trigger a send at once. */
  _added: number;
  _inFlight: Set<string>;
  /**
   * This page's events until acknowledged or dropped, to send from memory as the visitor leaves the site:
   * pagehide comes before visibilitychange, and the document is gone before an IndexedDB read answers.
   * Another tab may send them: each round forgets those no longer in the shared store.
   */
  _unacked: Map<string, CairnEvent>;
  /** The store's keys at the end of the last round: what an erased store took with it. */
  _seen: Key[];
}

/** Events with their JSON, made once: the size of a batch and its body come from the same text. */
type Batch = [events: CairnEvent[], texts: string[]];

/** A normal batch stays under this many bytes of JSON. */
const BATCH_BYTES = 60_000;
/** A keepalive request stays under this, and so many are in flight at most (the browser allows 64 KB in all). */
const KEEPALIVE_BYTES = 16_000;
const KEEPALIVE_REQUESTS = 3;

export const createOutbox = (c: OutboxConfig, store: Store): Outbox => {
  const o: Outbox = {
    ...c,
    _store: store,
    _pending: [],
    _writing: Promise.resolve(),
    _running: Promise.resolve(),
    _timer: undefined,
    _timerAt: 0,
    _retryAt: 0,
    _quietUntil: 0,
    _failures: 0,
    _outageSince: 0,
    _stopped: false,
    _added: 0,
    _inFlight: new Set(),
    _unacked: new Map(),
    _seen: [],
  };
  store._erased = () => erased(o);
  return o;
};

/** Splits `events` into batches of at most `bytes` of JSON (and `count` events); an oversized event travels alone. */
const chunk = (events: CairnEvent[], bytes: number, count: number): Batch[] => {
  const batches: Batch[] = [];
  let current: Batch = [[], []];
  let size = 0;
  for (const event of events) {
    const text = JSON.stringify(event);
    if (current[0].length && (size + text.length > bytes || current[0].length >= count)) {
      batches.push(current);
      current = [[], []];
      size = 0;
    }
    current[0].push(event);
    current[1].push(text);
    size += text.length;
  }
  if (current[0].length) batches.push(current);
  return batches;
};

/** Sets the timer for the next round in `ms`, never before the backoff or Retry-After, never later than one already set. */
const schedule = (o: Outbox, ms: number): void => {
  const at = Math.max(Date.now() + ms, o._retryAt, o._quietUntil);
  if (o._stopped || (o._timer && o._timerAt <= at)) return;
  clearTimeout(o._timer);
  o._timerAt = at;
  o._timer = setTimeout(() => {
    o._timer = undefined;
    void flush(o);
  }, at - Date.now());
};

/** A failed attempt: back off (exponential with jitter, `Retry-After` honoured) and schedule the retry. */
const failed = (o: Outbox, header?: string | null): void => {
  // Attempts made offline are not failures: the `online` event resumes.
  if (navigator.onLine === false) return;
  const now = Date.now();
  o._outageSince ||= now;
  const wait = retryAfter(header);
  if (wait) o._quietUntil = now + wait;
  o._retryAt = now + Math.max(wait, retryDelay(++o._failures, o._outageSince, document.hidden));
  clearTimeout(o._timer); // an earlier timer would retry before the backoff is over
  o._timer = undefined;
  schedule(o, 0);
};

/** Drops the oldest events beyond maxAge and maxQueue; returns the keys left. */
const prune = async (o: Outbox, keys: Key[]): Promise<Key[]> => {
  const oldest = Date.now() - o._maxAgeMs;
  const expired = keys.filter((key) => key[0] < oldest);
  const kept = keys.slice(expired.length);
  // One more than the excess, so that the cairn_dropped report itself fits under maxQueue.
  const excess = kept.splice(0, kept.length > o._maxQueue ? kept.length - o._maxQueue + 1 : 0);
  for (const [reason, gone] of [['maxAge', expired], ['maxQueue', excess]] as const) {
    if (gone.length) {
      await o._store._del(gone);
      o._dropped(reason, gone.length);
    }
  }
  return kept;
};

/** What the answer to a batch means for it: done (acknowledged, or dropped and reported) unless retried. */
const answered = (o: Outbox, events: CairnEvent[], status: number, rejected: unknown): void => {
  if (status < 300) {
    o._failures = o._outageSince = o._retryAt = 0;
    if (Array.isArray(rejected) && rejected.length) {
      o._refused('rejected', rejected.map((r: { id?: string; reason?: string } | null) => `${r?.id}: ${r?.reason}`));
    }
  } else if (status == 413) {
    o._dropped('tooLarge', 1);
  } else {
    o._refused(`HTTP ${status}`, events.map((event) => event.id));
  }
};

/** Sends one batch; resolves whether to go on with the next one. */
const send = async (o: Outbox, [events, texts]: Batch, keepalive: boolean): Promise<boolean> => {
  for (const event of events) o._inFlight.add(event.id);
  const [status, ack, header] = await post(o._url, texts, keepalive, o._timeoutMs);
  for (const event of events) o._inFlight.delete(event.id);
  if (status == 413 && events.length > 1) {
    const half = events.length >> 1;
    return (
      (await send(o, [events.slice(0, half), texts.slice(0, half)], keepalive)) &&
      send(o, [events.slice(half), texts.slice(half)], keepalive)
    );
  }
  if (status == -1) return false; // sendBeacon: delivered maybe, acknowledged never; stays queued
  if (!status || status == 408 || status == 429 || status >= 500) {
    failed(o, header);
    return false;
  }
  answered(o, events, status, ack?.rejected);
  for (const event of events) o._unacked.delete(event.id);
  await o._store._del(events.map(keyOf));
  return true;
};

/** Sends `events` with keepalive, now and all at once: the page may be gone next. At most 48 KB in flight. */
const rescue = (o: Outbox, events: CairnEvent[]) =>
  Promise.all(
    chunk(events, KEEPALIVE_BYTES, o._batchSize)
      .slice(0, KEEPALIVE_REQUESTS)
      .map((batch) => send(o, batch, true)),
  );

const read = async (o: Outbox, keys: Key[]) => (await o._store._get(keys)).filter((event): event is CairnEvent => !!event);

/** Everything that is queued now, batch after batch, until the endpoint fails; `keepalive`: one rescue instead. */
const sendStored = async (o: Outbox, keys: Key[], keepalive: boolean): Promise<void> => {
  if (!keys.length || navigator.onLine === false || Date.now() < o._quietUntil) return;
  if (keepalive) return void (await rescue(o, await read(o, keys.slice(0, 500))));
  let more = true;
  for (let i = 0; more && i < keys.length; i += o._batchSize) {
    for (const batch of chunk(await read(o, keys.slice(i, i + o._batchSize)), BATCH_BYTES, o._batchSize)) {
      if (more) more = await send(o, batch, false);
    }
  }
};

/** One send round: under the tab lock, prune the store and send what it holds (of every tab). */
const round = async (o: Outbox, keepalive: boolean): Promise<void> => {
  o._added = 0;
  const since = Date.now();
  /** What the store keeps this round, once pruned (one read, inside the lock when this tab gets it). */
  let stored: Key[] | undefined;
  await o._writing;
  const held = await withSendLock(o._lockName, o._owner, o._store, async () => {
    stored = await prune(o, await o._store._keys());
    await sendStored(o, stored.filter((key) => !o._inFlight.has(key[2])), keepalive);
  });
  // This page's events written before the round and gone from the store: another tab had them
  // acknowledged (or they were dropped), so leaving the site will not send them again.
  const queued = new Set((o._seen = stored || (await o._store._keys())).map((key) => key[2]));
  for (const [id, event] of o._unacked) if (event.ts < since && !queued.has(id)) o._unacked.delete(id);
  if (!held) schedule(o, o._intervalMs); // another tab is sending; look again later
};

/**
 * The store was erased under this page (ITP, "clear site data", eviction). Its own unacknowledged events
 * are still in memory: they are stored again. Those only the store held (tabs closed before) are gone:
 * reported, so the loss shows in the reports. (With other tabs open, each counts the others' too.)
 */
const erased = (o: Outbox): void => {
  o._writing = o._writing.then(() => o._store._put([...o._unacked.values()]));
  const lost = o._seen.filter((key) => !o._unacked.has(key[2])).length;
  if (lost) o._dropped('erased', lost);
};

/** Queues an event: stored in this tick's transaction, sent with the next batch. */
export const add = (o: Outbox, event: CairnEvent): void => {
  if (!o._pending.length) o._writing = o._writing.then(() => o._store._put(o._pending.splice(0)));
  o._pending.push(event);
  o._unacked.set(event.id, event);
  schedule(o, ++o._added >= o._batchSize ? 0 : o._intervalMs);
};

/** Attempts everything queued now; `keepalive` for a page being hidden or unloaded. Never rejects. */
export const flush = (o: Outbox, keepalive = false): Promise<void> =>
  (o._running = o._running.then(() => (o._stopped ? undefined : round(o, keepalive))).catch(() => {}));

/** The network or the tab came back: retry now rather than at the end of the backoff. */
export const resume = (o: Outbox): void => {
  o._retryAt = 0;
  schedule(o, 0);
};

/** Events not yet known to be stored: queued this tick, or written without a commit yet (all of them when storage failed). */
export const unsaved = (o: Outbox): CairnEvent[] => [...o._store._volatile(), ...o._pending];

/**
 * The page is going away: hands events that exist only in memory to keepalive requests (with `away`,
 * the visitor leaves the site: every event of this page not yet acknowledged), then closes storage
 * once the pending writes are done (an open connection keeps a page out of the back/forward cache).
 */
export const leave = (o: Outbox, away: boolean): void => {
  void o._writing.then(o._store._close);
  const volatile = (away ? [...o._unacked.values()] : unsaved(o)).filter((event) => !o._inFlight.has(event.id));
  if (volatile.length && navigator.onLine !== false) void rescue(o, volatile);
};

export const stop = (o: Outbox): void => {
  o._stopped = true;
  clearTimeout(o._timer);
};
