import type { Listen } from '../listen.js';
import type { State } from '../state.js';

/** A timeout lets the app update the title first; the tracker then decides whether the URL really changed. */
export const afterNavigation = (navigated: () => void) => () => setTimeout(navigated);

/**
 * Calls `navigated` after every SPA navigation: `pushState` and `replaceState` (wrapped: the History API
 * fires no event for them) and `popstate` (hash routes add `hashchange`: features/hash-routes.ts).
 */
export const watchNavigation = (on: Listen, navigated: () => void): void => {
  const later = afterNavigation(navigated);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    // `later` runs after the call anyway (a timeout), so it can be scheduled first.
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      later();
      return original.apply(this, args);
    };
  }
  on(window, 'popstate', later);
};

/**
 * A page's name: its path, plus the hash route when the hash-routes feature reads one (`#/cart`), never
 * an anchor. With `query`, the query too: that is what a page view is not repeated for.
 */
export const pagePath = (t: State, query?: boolean): string =>
  location.pathname + (query ? location.search : '') + ((COMPILE_HASH && t._route?.()) || '');
