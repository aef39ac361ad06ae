import type { Listen } from './listen.js';
import { add, flush, leave, resume, unsaved } from './outbox/outbox.js';
import { spill, unspill } from './outbox/spill.js';
import { dropped, type State } from './state.js';

/** A cross-document navigation to the site itself that started this recently is what hid the page. */
const NAVIGATION_MS = 10_000;


/** Queues what a page spilled to localStorage as it went away (outbox/spill.ts). */
export const takeSpilled = (t: State): void => unspill(t._spillKey).forEach((event) => add(t._outbox, event));

/** The page is hidden or gone, and the next page is not one of this site (tab closed, another site, or we cannot tell). */
const leavingSite = (t: State): boolean => Date.now() - t._sameSiteAt > NAVIGATION_MS;

const onVisibility = (t: State): void => {
  if (!document.hidden) return resume(t._outbox);
  // Leaving for another page of this site: the next page sends what is stored; a keepalive send now
  // would only come back as duplicates (its answer never reaches a page that is gone).
  if (t._store._broken() || leavingSite(t)) void flush(t._outbox, true);
};

const onPageHide = (t: State): void => {
  // IndexedDB may never commit what was written in the page's last moments: keep a copy in localStorage.
  spill(t._spillKey, () => unsaved(t._outbox), (reason, count) => dropped(t, reason, count));
  // Not a page of this site next (tab closed, another site): send what this page has not had acknowledged.
  leave(t._outbox, leavingSite(t));
};

const onPageShow = (t: State, event: Event): void => {
  t._sameSiteAt = 0;
  if ((event as PageTransitionEvent).persisted) {
    // Back from the back/forward cache: what this page spilled on pagehide is queued again here.
    takeSpilled(t);
    resume(t._outbox);
  }
};

/** The Navigation API (Chromium, Firefox 147+) tells a page load within the site from a tab being closed. */
const onNavigate = (t: State, event: Event): void => {
  const { destination, downloadRequest } = event as Event & {
    destination: { url: string; sameDocument: boolean };
    downloadRequest: string | null;
  };
  if (!destination.sameDocument && downloadRequest == null && new URL(destination.url).origin == location.origin) {
    t._sameSiteAt = Date.now();
  }
};

/**
 * The listeners that deliver on the way out and resume on the way back: `online`, `visibilitychange`,
 * `pagehide` (spill, leave), `pageshow` (back/forward cache) and the Navigation API's `navigate`.
 */
export const watchLifecycle = (on: Listen, t: State): void => {
  on(window, 'online', () => resume(t._outbox));
  on(document, 'visibilitychange', () => onVisibility(t));
  on(window, 'pagehide', () => onPageHide(t));
  on(window, 'pageshow', (event) => onPageShow(t, event));
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) on(navigation, 'navigate', (event) => onNavigate(t, event));
};
