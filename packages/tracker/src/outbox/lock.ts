import type { Store } from './store.js';

/** How long a storage lease lasts when the Web Locks API is missing: longer than one send attempt. */
const LEASE_MS = 30_000;

/**
 * Runs `send` only if no other tab of the site is sending: one sender at a time, so no event is sent
 * by two tabs at once. Web Locks are released by the browser when a tab dies; where they are missing,
 * an expiring lease in IndexedDB written with idb-keyval's `update` (one transaction) stands in.
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
  if (!(await store._lease(owner, LEASE_MS))) return false;
  try {
    await send();
  } finally {
    await store._lease(owner, 0);
  }
  return true;
};
