import { LIMITS } from '@cairn/core/limits';
import { watchClicks } from './capture/clicks.js';
import { watchNavigation } from './capture/pageviews.js';
import { debugLog, report } from './diagnostics.js';
import { allFeatures } from './features/all.js';
import type { Install } from './features/feature.js';
import { guardedListen, guardMethods } from './guard.js';
import { uuid } from './ids.js';
import { createLocal } from './local.js';
import { methodsOf } from './methods.js';
import { noopTracker } from './noop.js';
import { normalise, type Config } from './options.js';
import { createOutbox, flush } from './outbox/outbox.js';
import { createStore } from './outbox/store.js';
import { takeSpilled, watchLifecycle } from './page-lifecycle.js';
import { optedOut } from './privacy.js';
import { dropped, type State } from './state.js';
import type { Feature, Tracker, TrackerOptions } from './types.js';

/** How long IndexedDB may take to open before the tracker falls back to memory. */
const OPEN_TIMEOUT_MS = 3_000;

/**
 * Creates a tracker with the core (outbox, page views, `data-cairn-cta` clicks, checkout, purchases)
 * and the given `features` (auto-capture, links, CTA context, hash routes, consent, the vitals hook; see
 * docs/tracker.md, "Variants"): a bundler leaves out the code of the features no call passes. On a server
 * (no `window`), or with Do-Not-Track / Global Privacy Control on and `respectDnt` left on, it returns a
 * tracker that records nothing; so it does when the options ask for what the features lack and ignoring
 * it would record more than the site allows (`consent` not granted without `consent`). Never throws.
 */
export function createTrackerWith(options: TrackerOptions, features: readonly Feature[]): Tracker {
  try {
    // A script tag always runs in a page; an npm import may run on a server.
    const server = !__SCRIPT_TAG__ && (typeof window == 'undefined' || typeof document == 'undefined');
    if (server || (options.respectDnt !== false && optedOut())) {
      return noopTracker();
    }
    return start(normalise(options), features as unknown as Install[]);
  } catch {
    return noopTracker();
  }
}

/** Creates a tracker with every feature (what `cairn.full.js` has): {@link createTrackerWith} `allFeatures`. */
export function createTracker(options: TrackerOptions = {}): Tracker {
  return createTrackerWith(options, allFeatures);
}

/** The anonymous id kept in storage, or a new one when missing or not one of ours. */
const anonymousIdOf = (t: State): string => {
  const stored = t._local._get('a') || '';
  if (stored && stored.length <= LIMITS.idLength) return stored;
  const id = uuid();
  t._local._set('a', id);
  return id;
};

/** The tracker's state at start: storage opened (lazily), the outbox reporting its losses through it. */
const stateOf = (c: Config): State => {
  const local = createLocal(c._prefix + ':', c._consent == 'granted');
  const store = createStore(c._prefix, OPEN_TIMEOUT_MS, (err) => report(c, `storage: ${err}`));
  const t = {
    ...c,
    _local: local,
    _store: store,
    _userId: local._get('u'),
    _seq: 0,
    _held: [],
    _lastUrl: '',
    _stopped: false,
    _sameSiteAt: 0,
    _clickRules: [],
  } as unknown as State;
  t._api = methodsOf(t);
  t._anonymousId = anonymousIdOf(t);
  t._outbox = createOutbox(
    {
      ...c,
      _dropped: (reason, count) => dropped(t, reason, count),
      _refused: (reason, ids) => report(c, `${reason}: ${ids.join(', ')}`, true),
    },
    store,
  );
  return t;
};

function start(c: Config, features: Install[]): Tracker {
  const t = stateOf(c);
  const api = guardMethods(t);
  const on = guardedListen(t);
  for (const install of features) install(t, on);
  // Held events need the consent feature to ever be released: without it, record nothing at all.
  if (c._consent != 'granted' && !t._api.consent) {
    debugLog(t, 'error', `consent: not in ${__VARIANT__}`);
    t._stopped = true; // what the features started stays quiet
    return noopTracker();
  }
  watchLifecycle(on, t);
  // What an earlier page spilled goes into the outbox, before this page's events. Some of it may have
  // reached IndexedDB or the endpoint after all: the collector keeps one event per id.
  takeSpilled(t);
  if (c._autoPageviews) {
    watchNavigation(on, () => !t._stopped && api.page());
    api.page();
  }
  watchClicks(on, t);
  // A visit finds what earlier ones left unsent (closed tabs, offline pages) without waiting a full interval.
  setTimeout(() => flush(t._outbox), 1_000);
  return api;
}
