import { LIMITS } from '@cairn/core/limits';
import { debugLog, report } from './diagnostics.js';
import { uuid } from './ids.js';
import type { Local } from './local.js';
import type { Config } from './options.js';
import { add, type Outbox } from './outbox/outbox.js';
import type { Store } from './outbox/store.js';
import { mask } from './privacy.js';
import { clip, shape } from './sanitize.js';
import { touchSession, type Session } from './session.js';
import type { ClickRule } from './capture/clicks.js';
import type { CairnEvent, ConsentState, EventType, Props, Tracker } from './types.js';

/** Everything one tracker knows: what its methods, listeners and the outbox share. */
export interface State extends Config {
  /** The public methods (unguarded): the core's, plus those the features add. */
  _api: Partial<Tracker>;
  /** Auto-capture rules the features added (capture/clicks.ts). */
  _clickRules: ClickRule[];
  /** Adds a clicked button's form context to its props, when the cta-context feature is on. */
  _context: ((el: HTMLElement, props: Props, href: (url: string) => string) => void) | undefined;
  /** The hash route of the current URL, when the hash-routes feature is on. */
  _route: (() => string) | undefined;
  _local: Local;
  _store: Store;
  _outbox: Outbox;
  _consent: ConsentState;
  _anonymousId: string;
  _userId: string | undefined;
  /** Per-tab sequence number of the next event. */
  _seq: number;
  /** Events recorded while consent is pending: in memory only. */
  _held: CairnEvent[];
  /** What the last page view was recorded for (path, query and hash route): not repeated. */
  _lastKey: string | undefined;
  /** The last page view's URL: the next SPA page view's referrer. */
  _lastUrl: string;
  _lastPageId: string | undefined;
  /** `shutdown()` was called: nothing more is recorded or captured. */
  _stopped: boolean;
  /** When the last navigation to a page of this site began (Navigation API, page-lifecycle.ts); 0: none under way. */
  _sameSiteAt: number;
}

/** Hands an event to the outbox (stored this tick, sent with the next batch). */
export const queue = (t: State, event: CairnEvent): void => {
  debugLog(t, 'queued', event.type, event.name, event.id);
  add(t._outbox, event);
};

/**
 * Builds, cleans and queues (or holds, or drops) one event; returns its id when kept. `session` and
 * `url` are the current ones unless the caller (a page view) has already read them.
 */
export const emit = (
  t: State,
  type: EventType,
  name: unknown,
  props?: unknown,
  extra?: Partial<CairnEvent>,
  session: Session = touchSession(t._local),
  url: string = mask(location.href, t._strip),
): string | undefined => {
  if (t._stopped || (COMPILE_CONSENT && t._consent == 'denied')) return void debugLog(t, 'dropped', 'consent', type);
  let event: CairnEvent | null | undefined | false = {
    id: uuid(),
    type,
    name: typeof name == 'number' ? String(name) : (name as string),
    ts: Date.now(),
    anonymousId: t._anonymousId,
    userId: t._userId,
    sessionId: session.i,
    url,
    title: clip(document.title, LIMITS.stringLength),
    utm: session.u,
    seq: t._seq++,
    props: props as Props,
    ...extra,
  };
  const beforeSend = t._beforeSend;
  if (COMPILE_BEFORE_SEND && beforeSend) event = beforeSend(event);
  const clean = event && shape(event);
  if (!clean) return void debugLog(t, 'dropped', 'invalid', type);
  if (COMPILE_CONSENT && t._consent == 'pending') t._held.push(clean);
  else queue(t, clean);
  return clean.id;
};

/** Events left unsent (reason, count): recorded as a `cairn_dropped` event, so that loss is never silent. */
export const dropped = (t: State, reason: string, count: number): void => {
  report(t, `${count} events: ${reason}`, true);
  emit(t, 'track', 'cairn_dropped', { count, reason });
};
