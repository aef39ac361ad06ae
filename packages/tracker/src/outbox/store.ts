import { promisifyRequest } from 'idb-keyval';
import type { CairnEvent } from '../types.js';

/**
 * An event's key in the store: `[ts, seq, id]`. IndexedDB sorts array keys element by element,
 * so reading the keys gives the events oldest first, and the age and count bounds need no values.
 */
export type Key = [number, number, string];
export const keyOf = (event: CairnEvent): Key => [event.ts, event.seq || 0, event.id];
const byAge = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1];

/** The outbox's storage: IndexedDB (one key per event, shared by the site's tabs), memory when that fails. */
export interface Store {
  /** Stores events in one transaction. Never rejects: on failure they stay in memory. */
  _put(events: CairnEvent[]): Promise<void>;
  /** Every event key, oldest first. */
  _keys(): Promise<Key[]>;
  /** The events of `keys` (`undefined` for those already gone). */
  _get(keys: Key[]): Promise<(CairnEvent | undefined)[]>;
  _del(keys: Key[]): Promise<void>;
  /**
   * Runs `op` in one transaction of the event store and resolves with its result once it commits (the
   * sender lease of lock.ts uses it); rejects when storage failed.
   */
  _tx<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => T | Promise<T>): Promise<T>;
  /** Events that are only in memory: their write has not committed (or storage failed). */
  _volatile(): CairnEvent[];
  /** IndexedDB failed: everything lives in this tab's memory from now on. */
  _broken(): boolean;
  /** Closes the connection (after pending transactions) so the page can enter the back/forward cache. */
  _close(): void;
  /** Set by the outbox: the database was deleted or closed under us (ITP, "clear site data", eviction). */
  _erased?: () => void;
}

const noop = () => {};

export const createStore = (name: string, openTimeoutMs: number, onBroken: (err: unknown) => void): Store => {
  const memory = new Map<string, CairnEvent>();
  let broken = false;
  let db: Promise<IDBDatabase> | undefined;

  // Not idb-keyval's createStore: it cannot time out, close or reopen its connection, and its
  // get/set helpers default to a second database that would ship in cairn.js unused. We keep its
  // request promisifier and do the same thing over our own connection.
  // open() hung forever on Safari 14 (idb-keyval#120): give up after openTimeoutMs.
  const open = () =>
    (db ||= new Promise<IDBDatabase>((resolve, reject) => {
      setTimeout(reject, openTimeoutMs, Error('timeout'));
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.result.createObjectStore('e');
      promisifyRequest(request).then((conn) => {
        // Closed under us (the next operation reopens), or a newer version / "clear site data" waits
        // for us to close: let it proceed instead of blocking on us. Unless a newer version is opening,
        // what the store held is gone (deleted: newVersion null; closed by the browser: none).
        conn.onclose = conn.onversionchange = (event: Event) => {
          conn.close();
          db = undefined;
          if (!(event as IDBVersionChangeEvent).newVersion) store._erased!();
        };
        resolve(conn);
      }, reject);
    }));

  /**
   * Runs `op` in one transaction and resolves with its result once the transaction commits.
   * A connection Safari closed under us is reopened and the operation retried once.
   */
  const run = <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => T | Promise<T>): Promise<T> => {
    const once = () =>
      open().then((conn) => {
        const tx = conn.transaction('e', mode);
        const result = op(tx.objectStore('e'));
        // Writes that are all issued (no promise pending) commit now rather than when the page next
        // yields: a tab closed or crashed right after tracking keeps its events.
        if (!(result instanceof Promise)) tx.commit?.();
        return promisifyRequest(tx as unknown as IDBRequest).then(() => result);
      });
    return broken
      ? Promise.reject()
      : once()
          .catch((err: unknown) => {
            // "InvalidStateError: connection is closing" (idb-keyval#165, localForage#694)
            if ((err as Error | undefined)?.name != 'InvalidStateError') throw err;
            db = undefined;
            return once();
          })
          .catch((err: unknown) => {
            if (!broken) onBroken(err);
            broken = true;
            throw err;
          });
  };

  const store: Store = {
    _put(events) {
      for (const event of events) memory.set(event.id, event);
      return run('readwrite', (s) => {
        for (const event of events) s.put(event, keyOf(event));
      }).then(() => {
        for (const event of events) memory.delete(event.id);
      }, noop);
    },
    async _keys() {
      const stored = await run('readonly', (s) => promisifyRequest(s.getAllKeys())).catch(() => []);
      // By id: an event whose write committed a moment ago is both stored and still in memory. Only array
      // keys are events (lock.ts keeps its lease under a string key).
      const all = new Map([...(stored.filter(Array.isArray) as Key[]), ...[...memory.values()].map(keyOf)].map((key) => [key[2], key]));
      return [...all.values()].sort(byAge);
    },
    async _get(wanted) {
      const stored = await run('readonly', (s) => Promise.all(wanted.map((key) => promisifyRequest<CairnEvent>(s.get(key))))).catch(
        () => [],
      );
      return wanted.map((key, i) => memory.get(key[2]) || stored[i]);
    },
    _del(gone) {
      for (const key of gone) memory.delete(key[2]);
      return run('readwrite', (s) => {
        for (const key of gone) s.delete(key);
      }).catch(noop);
    },
    _tx: run,
    _volatile: () => [...memory.values()],
    _broken: () => broken,
    _close() {
      db?.then((conn) => conn.close(), noop);
      db = undefined;
    },
  };
  return store;
};
