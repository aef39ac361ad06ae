import { declaredStep } from './capture/checkout.js';
import { watchClicks } from './capture/clicks.js';
import { pagePath, watchNavigation } from './capture/pageviews.js';
import { uuid } from './ids.js';
import type { Listen } from './listen.js';
import { createLocal } from './local.js';
import { METHODS, noopTracker } from './noop.js';
import { createOutbox } from './outbox/outbox.js';
import { spill, unspill } from './outbox/spill.js';
import { createStore } from './outbox/store.js';
import { mask, optedOut } from './privacy.js';
import { clip, shape } from './sanitize.js';
import { touchSession } from './session.js';
import type { CairnEvent, ConsentState, EventType, Props, Purchase, Tracker, TrackerOptions } from './types.js';

const SURVEYS = ['nps', 'csat', 'ces'];
/** How many recent order ids `purchase()` remembers. */
const ORDERS_KEPT = 50;
/** How long IndexedDB may take to open before the tracker falls back to memory. */
const OPEN_TIMEOUT_MS = 3_000;
/** A cross-document navigation to the site itself that started this recently is what hid the page. */
const NAVIGATION_MS = 10_000;

/**
 * Creates the tracker. On a server (no `window`), or with Do-Not-Track / Global Privacy Control on and
 * `respectDnt` left on, it returns a tracker that records nothing. Never throws.
 */
export function createTracker(options: TrackerOptions = {}): Tracker {
  try {
    // A script tag always runs in a page; an npm import may run on a server.
    const server = !__SCRIPT_TAG__ && (typeof window == 'undefined' || typeof document == 'undefined');
    if (server || (options.respectDnt !== false && optedOut())) {
      return noopTracker();
    }
    return start(options);
  } catch {
    return noopTracker();
  }
}

function start(o: TrackerOptions): Tracker {
  /** A numeric option, or its default (docs/tracker.md lists them all) when missing or not positive. */
  const num = (value: unknown, fallback: number) => (+(value as number) > 0 ? +(value as number) : fallback);
  const site = o.siteId ? String(o.siteId) : '';
  const prefix = 'cairn' + (site && ':' + site);
  const strip = Array.isArray(o.stripParams) ? o.stripParams.map(String) : [];
  let consent: ConsentState = o.consent == 'pending' || o.consent == 'denied' ? o.consent : 'granted';
  const local = createLocal(prefix + ':', consent == 'granted');
  // The format is stable (docs/tracker.md, "Debug log"): browser tests count events from these lines.
  const debug = (what: 'queued' | 'dropped' | 'error', ...args: unknown[]) =>
    o.debug && console.debug('[cairn] ' + what, ...args);
  /** Tells the site (onError) and the debug log: `dropped` when events were lost, `error` otherwise. */
  const report = (message: string, dropped?: boolean) => {
    debug(dropped ? 'dropped' : 'error', message);
    if (!__SCRIPT_TAG__) {
      try {
        o.onError?.(Error(message));
      } catch {
        // the site's handler failed; nothing more to do
      }
    }
  };

  let anonymousId = local._get('a') || '';
  if (!anonymousId || anonymousId.length > 128) local._set('a', (anonymousId = uuid()));
  let userId = local._get('u');
  let seq = 0;
  let held: CairnEvent[] = [];
  let lastKey: string | undefined;
  let lastUrl = '';
  let lastPageId: string | undefined;
  let sameSiteNavigationAt = 0;
  let stopped = false;

  /** Events left unsent (reason, count): recorded as a `cairn_dropped` event, so that loss is never silent. */
  const dropped = (reason: string, count: number) => {
    report(`${count} events: ${reason}`, true);
    emit('track', 'cairn_dropped', { count, reason });
  };
  const store = createStore(prefix, OPEN_TIMEOUT_MS, (err) => report(`storage: ${err}`));
  const url = o.endpoint || '/collect';
  const outbox = createOutbox(
    {
      _url: site ? url + (url.includes('?') ? '&' : '?') + 'site=' + encodeURIComponent(site) : url,
      _lockName: prefix + ':send',
      _owner: uuid(),
      _batchSize: Math.min(num(o.batchSize, 50), 500), // the collector's limit per batch
      _intervalMs: num(o.flushIntervalMs, 5_000),
      _maxQueue: num(o.maxQueue, 5_000),
      _maxAgeMs: num(o.maxAgeDays, 7) * 864e5,
      _timeoutMs: num(o.timeoutMs, 10_000),
      _dropped: dropped,
      _refused(reason, ids) {
        report(`${reason}: ${ids.join(', ')}`, true);
      },
    },
    store,
  );

  const queue = (event: CairnEvent) => {
    debug('queued', event.type, event.name, event.id);
    outbox._add(event);
  };

  /** Builds, cleans and queues (or holds, or drops) one event. Returns its id when kept. */
  const emit = (type: EventType, name: unknown, props?: unknown, extra?: Partial<CairnEvent>): string | undefined => {
    if (stopped || consent == 'denied') return void debug('dropped', 'consent', type);
    const session = touchSession(local);
    let event: CairnEvent | null | undefined | false = {
      id: uuid(),
      type,
      name: typeof name == 'number' ? String(name) : (name as string),
      ts: Date.now(),
      anonymousId,
      userId,
      sessionId: session.i,
      url: mask(location.href, strip),
      title: clip(document.title, 2048),
      utm: session.u,
      seq: seq++,
      props: props as Props,
      ...extra,
    };
    if (!__SCRIPT_TAG__ && o.beforeSend) event = o.beforeSend(event);
    const clean = event && shape(event);
    if (!clean) return void debug('dropped', 'invalid', type);
    if (consent == 'pending') held.push(clean);
    else queue(clean);
    return clean.id;
  };

  const page = (props?: Props) => {
    const key = pagePath(true);
    if (key == lastKey) return;
    lastKey = key;
    const session = touchSession(local);
    const href = mask(location.href, strip);
    const id = emit('page', mask(pagePath(), strip), { ...(session.f && session.c), ...props }, {
      referrer: mask(lastUrl || document.referrer, strip) || undefined,
    });
    lastUrl = href;
    if (id) lastPageId = id;
    const step = declaredStep();
    if (step) emit('checkout', step);
  };

  const api: Tracker = {
    page,
    cta: (name, props) => void emit('cta', name, props),
    checkout: (step, props) => void emit('checkout', step, props),
    purchase(order) {
      // Only a string or a finite number names an order: String({}) would make every such call "[object Object]".
      const raw: unknown = order?.orderId;
      const orderId = typeof raw == 'string' || (typeof raw == 'number' && isFinite(raw)) ? String(raw).trim() : '';
      if (!orderId) return void debug('dropped', 'invalid', 'purchase');
      const done = local._json<string[]>('o') || [];
      if (done.includes(orderId)) return void debug('dropped', 'duplicate', orderId);
      // A deterministic event id: should storage have been cleared, the collector still dedupes the order.
      if (emit('checkout', 'purchase', { ...(order as Purchase & Props), orderId }, { id: `order:${site}:${orderId}`.slice(0, 128) })) {
        local._set('o', JSON.stringify([orderId, ...done].slice(0, ORDERS_KEPT)));
      }
    },
    track: (name, props) => void emit('track', name, props),
    identify(id, traits) {
      const value = typeof id == 'number' ? String(id) : id;
      if (typeof value != 'string' || !value.trim() || value.length > 128) return void debug('dropped', 'invalid', 'identify');
      local._set('u', (userId = value));
      emit('identify', 'identify', traits);
    },
    survey(kind, score, props) {
      if (!SURVEYS.includes(kind) || typeof score != 'number' || !isFinite(score)) {
        return void debug('dropped', 'invalid', 'survey');
      }
      emit('survey', kind, { ...props, score });
    },
    consent(state) {
      if (state != 'granted' && state != 'denied' && state != 'pending') return;
      consent = state;
      if (state == 'pending') return;
      // Granted: what was held is queued and storage persists from now on. Denied: what was held is dropped.
      const released = held.splice(0);
      if (state == 'granted') {
        local._persist();
        released.forEach(queue);
      }
    },
    event: (type, name, props) => void emit(type, name, props),
    pageId: () => lastPageId,
    flush: () => outbox._flush(),
    reset() {
      local._set('a', (anonymousId = uuid()));
      local._set('u', '');
      local._set('s', '');
      userId = undefined;
    },
    shutdown() {
      stopped = true;
      return outbox._flush().then(() => {
        outbox._stop();
        store._close();
      });
    },
  };

  // Every public method is guarded: the tracker never throws into the page.
  const guarded: Record<string, unknown> = {};
  for (const name of METHODS) {
    const method = api[name] as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]) => {
      try {
        return method(...args);
      } catch (err) {
        report(`${name}: ${err}`);
        return name == 'flush' || name == 'shutdown' ? Promise.resolve() : undefined;
      }
    };
  }

  const on: Listen = (target, type, listener) =>
    target.addEventListener(
      type,
      (event) => {
        try {
          if (!stopped) listener(event);
        } catch (err) {
          report(`${type}: ${err}`);
        }
      },
      true,
    );

  const spillKey = prefix + ':spill';
  /** Queues what a page spilled to localStorage as it went away (src/outbox/spill.ts). */
  const takeSpilled = () => unspill(spillKey).forEach(outbox._add);
  on(window, 'online', outbox._resume);
  on(document, 'visibilitychange', () => {
    if (!document.hidden) return outbox._resume();
    // Leaving for another page of this site: the next page sends what is stored; a keepalive send now
    // would only come back as duplicates (its answer never reaches a page that is gone).
    if (store._broken() || Date.now() - sameSiteNavigationAt > NAVIGATION_MS) void outbox._flush(true);
  });
  on(window, 'pagehide', () => {
    // IndexedDB may never commit what was written in the page's last moments: keep a copy in localStorage.
    spill(spillKey, outbox._unsaved, dropped);
    // Not a page of this site next (tab closed, another site): send what this page has not had acknowledged.
    outbox._leave(Date.now() - sameSiteNavigationAt > NAVIGATION_MS);
  });
  on(window, 'pageshow', (event) => {
    sameSiteNavigationAt = 0;
    if ((event as PageTransitionEvent).persisted) {
      // Back from the back/forward cache: what this page spilled on pagehide is queued again here.
      takeSpilled();
      outbox._resume();
    }
  });
  // The Navigation API (Chromium, Firefox 147+) tells a page load within the site from a tab being closed.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    on(navigation, 'navigate', (event) => {
      const { destination, downloadRequest } = event as Event & {
        destination: { url: string; sameDocument: boolean };
        downloadRequest: string | null;
      };
      if (!destination.sameDocument && downloadRequest == null && new URL(destination.url).origin == location.origin) {
        sameSiteNavigationAt = Date.now();
      }
    });
  }

  // What an earlier page spilled goes into the outbox, before this page's events. Some of it may have
  // reached IndexedDB or the endpoint after all: the collector keeps one event per id.
  takeSpilled();

  if (o.autoPageviews !== false) {
    watchNavigation(on, () => !stopped && (guarded.page as () => void)());
    (guarded.page as () => void)();
  }
  watchClicks(on, o.autoCta !== false, (href) => mask(href, strip), api.cta);
  // A visit finds what earlier ones left unsent (closed tabs, offline pages) without waiting a full interval.
  setTimeout(outbox._flush, 1_000);

  return guarded as unknown as Tracker;
}
