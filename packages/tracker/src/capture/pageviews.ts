import type { Listen } from '../listen.js';

/**
 * Calls `navigated` after every SPA navigation: `pushState` and `replaceState` (wrapped: the History API
 * fires no event for them), `popstate` and `hashchange`. A timeout lets the app update the title first.
 * The tracker decides whether the URL really changed.
 */
export const watchNavigation = (on: Listen, navigated: () => void): void => {
  const later = () => setTimeout(navigated);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    // `later` runs after the call anyway (a timeout), so it can be scheduled first.
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      later();
      return original.apply(this, args);
    };
  }
  on(window, 'popstate', later);
  on(window, 'hashchange', later);
};

/**
 * A page's name: its path, plus the hash when that is a route (`#/cart`, `#!/cart`) rather than an
 * anchor (`#reviews`). With `query`, the query too: that is what a page view is not repeated for.
 */
export const pagePath = (query?: boolean): string =>
  location.pathname + (query ? location.search : '') + (/^#[/!]/.test(location.hash) ? location.hash : '');
