import { promisifyRequest } from 'idb-keyval';
import type { Store } from './store.js';

/** How long a storage lease lasts when the Web Locks API is missing: longer than one send attempt. */
const LEASE_MS = 30_000;
/** The lease's key in the event store: a string, never an event's array key. */
const LEASE = 'lease';

/**
 * Takes (`ms` > 0) or gives back (`ms` = 0) the sender lease: `[owner, expiry]` in IndexedDB, read and
 * written in one transaction, so two tabs cannot both see it free. Resolves whether this tab holds it.
 */
const lease = (store: Store, owner: string, ms: number): Promise<boolean> => {
  let mine = false;
  return store
    ._tx('readwrite', (s) =>
      promisifyRequest<[string, number] | 0 | undefined>(s.get(LEASE)).then((held) => {
        const now = Date.now();
        mine = !held || held[0] == owner || held[1] < now;
        if (mine) s.put(ms ? [owner, now + ms] : 0, LEASE);
      }),
    )
    .then(
      () => mine,
      () => true, // storage just failed: this tab's events are in memory, only it can send them
    );
};

/**
 * Runs `send` only if no other tab of the site is sending: one sender at a time, so no event is sent
 * by two tabs at once. Web Locks are released by the browser when a tab dies; where they are missing
 * (Firefox on plain http: not a secure context), an expiring lease in IndexedDB stands in.
 * Resolves falsy when another tab holds the lock.
 */
export const withSendLock = async (
  name: string,
  owner: string,
  store: Store,
  send: () => Promise<void>,
): Promise<boolean | null> => {
  // In memory mode this tab's events are invisible to the others: nothing to coordinate.
  if (store._broken()) return send().then(() => true);
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, (lock) => lock && send().then(() => true));
  }
  if (!(await lease(store, owner, LEASE_MS))) return false;
  try {
    await send();
  } finally {
    await lease(store, owner, 0);
  }
  return true;
};
