/**
 * Driver-neutral faults and helpers that run in the page itself, for what a driver cannot do natively.
 */

/**
 * A slow CPU, from inside the page: the main thread is kept busy `(rate − 1) / rate` of every 50 ms, so
 * the page's own work (timers, the tracker, IndexedDB callbacks) gets a `rate`-th of it. Chromium's
 * devtools throttling slows every task instead; both make a page that lags behind its timers.
 */
export const busyMainThread = (rate: number): string => `(() => {
  const period = 50, busy = period * (1 - 1 / ${rate});
  setInterval(() => { const until = performance.now() + busy; while (performance.now() < until); }, period);
})();`;

/**
 * A full quota, from inside the page: every IndexedDB write aborts its transaction, so the write fails
 * the way a `QuotaExceededError` makes it fail (the transaction's `abort` event, nothing stored).
 */
export const abortIndexedDbWrites = `(() => {
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    };
  }
})();`;

/**
 * Erases everything a script of this origin wrote, as Safari's ITP does after seven days, or a visitor's
 * "clear site data": localStorage, sessionStorage and every IndexedDB database. Run in a page of the
 * origin without the tracker; resolves once the databases are deleted (a `blocked` delete waits for the
 * other tabs' connections to close, which a well-behaved tracker does on `versionchange`).
 */
export const eraseScriptStorage = async (): Promise<string[]> => {
  localStorage.clear();
  sessionStorage.clear();
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  return names;
};

/**
 * Resolves a harness selector in the page (for drivers without Playwright's selector engine): CSS, with
 * `:has-text("…")` on the last compound (text contained, case-sensitive, whitespace-collapsed) and a
 * trailing `>> nth=N`. Returns the matches in document order.
 */
export const resolveSelector = (selector: string): Element[] => {
  let css = selector;
  let nth: number | undefined;
  const nthMatch = /\s*>>\s*nth=(\d+)\s*$/.exec(css);
  if (nthMatch) {
    nth = Number(nthMatch[1]);
    css = css.slice(0, nthMatch.index);
  }
  const texts: string[] = [];
  css = css.replace(/:has-text\((["'])(.*?)\1\)/g, (_, _q: string, text: string) => {
    texts.push(text);
    return '';
  });
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
  const found = [...document.querySelectorAll(css)].filter((el) => texts.every((t) => text(el).includes(t)));
  return nth === undefined ? found : found.slice(nth, nth + 1);
};
