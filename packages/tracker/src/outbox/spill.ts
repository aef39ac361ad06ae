import type { CairnEvent } from '../types.js';

/**
 * The spilled events stay under this many characters of JSON: one small localStorage value, read and
 * written synchronously as the page goes away (localStorage holds about 5 MB per site in all).
 */
const SPILL_CHARS = 64_000;

/**
 * The events spilled under `key` that can be stored again (an IndexedDB key needs a numeric `ts`, a
 * string `id` and a numeric or missing `seq`): an empty list when missing, corrupt or unreadable.
 */
const stored = (key: string): CairnEvent[] => {
  try {
    const events: unknown = JSON.parse(localStorage.getItem(key)!);
    return Array.isArray(events)
      ? events.filter((e: CairnEvent) => e && typeof e.ts == 'number' && typeof e.id == 'string' && typeof (e.seq || 0) == 'number')
      : [];
  } catch {
    return []; // no localStorage, access denied, or not JSON
  }
};

/**
 * The page is going away: saves `unsaved()` (events whose IndexedDB write has not committed, or every
 * unsent event when the outbox lives in memory) to localStorage, synchronously, merged by id with what
 * another page spilled. A write issued in a page's last task may never commit once the document is
 * gone, and offline there is no keepalive request to carry it either. Over SPILL_CHARS the oldest are
 * dropped and reported (`spillFull`). Never throws.
 */
export const spill = (key: string, unsaved: () => CairnEvent[], dropped: (reason: string, count: number) => void) => {
  try {
    const byId = new Map([...stored(key), ...unsaved()].map((event) => [event.id, event]));
    const events = [...byId.values()];
    // Newest first until full; room is left for the cairn_dropped report itself.
    let first = events.length;
    for (let size = 2; first && (size += JSON.stringify(events[first - 1]).length + 1) < SPILL_CHARS - 1_000; ) first--;
    if (first) {
      events.splice(0, first);
      dropped('spillFull', first);
      events.push(...unsaved().filter((event) => !byId.has(event.id)));
    }
    if (events.length) localStorage.setItem(key, JSON.stringify(events));
  } catch {
    // no localStorage, or full: the IndexedDB writes may still commit
  }
};

/** Takes what pages spilled: removes the key and returns the events. */
export const unspill = (key: string): CairnEvent[] => {
  const events = stored(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // unreadable storage returned nothing above either
  }
  return events;
};
