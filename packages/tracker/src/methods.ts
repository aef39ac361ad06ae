import { LIMITS } from '@cairn/core/limits';
import { declaredStep } from './capture/checkout.js';
import { pagePath } from './capture/pageviews.js';
import { debugLog } from './diagnostics.js';
import { uuid } from './ids.js';
import { flush, stop } from './outbox/outbox.js';
import { mask } from './privacy.js';
import { touchSession } from './session.js';
import { emit, type State } from './state.js';
import type { Props, Purchase, Tracker } from './types.js';

const SURVEYS = ['nps', 'csat', 'ces'];
/** How many recent order ids `purchase()` remembers. */
const ORDERS_KEPT = 50;

/** A page view of the current URL, unless the last one was of the same path, query and hash route. */
export const page = (t: State, props?: Props): void => {
  const key = pagePath(t, true);
  if (key == t._lastKey) return;
  t._lastKey = key;
  const strip = t._strip;
  // Read once for the event and its props: the session-starting page view carries the landing ad click ids.
  const session = touchSession(t._local);
  const url = mask(location.href, strip);
  const referrer = mask(t._lastUrl || document.referrer, strip) || undefined;
  const id = emit(t, 'page', mask(pagePath(t), strip), { ...(session.f && session.c), ...props }, { referrer }, session, url);
  t._lastUrl = url;
  if (id) t._lastPageId = id;
  const step = declaredStep();
  if (step) emit(t, 'checkout', step);
};

/** Only a string or a finite number names an order: String({}) would make every such call "[object Object]". */
const orderIdOf = (raw: unknown): string =>
  typeof raw == 'string' || (typeof raw == 'number' && isFinite(raw)) ? String(raw).trim() : '';

/** The order's checkout step, once per order id (the last ORDERS_KEPT are remembered in localStorage). */
export const purchase = (t: State, order: Purchase): void => {
  const orderId = orderIdOf(order?.orderId);
  if (!orderId) return void debugLog(t, 'dropped', 'invalid', 'purchase');
  const done = t._local._json<string[]>('o') || [];
  if (done.includes(orderId)) return void debugLog(t, 'dropped', 'duplicate', orderId);
  // A deterministic event id: should storage have been cleared, the collector still dedupes the order.
  const id = `order:${t._site}:${orderId}`.slice(0, LIMITS.idLength);
  if (emit(t, 'checkout', 'purchase', { ...(order as Purchase & Props), orderId }, { id })) {
    t._local._set('o', JSON.stringify([orderId, ...done].slice(0, ORDERS_KEPT)));
  }
};

export const identify = (t: State, id: unknown, traits?: Props): void => {
  const value = typeof id == 'number' ? String(id) : id;
  if (typeof value != 'string' || !value.trim() || value.length > LIMITS.idLength) {
    return void debugLog(t, 'dropped', 'invalid', 'identify');
  }
  t._local._set('u', (t._userId = value));
  emit(t, 'identify', 'identify', traits);
};

/** A survey answer: `kind` one of SURVEYS, `score` a finite number. */
export const survey = (t: State, kind: unknown, score: unknown, props?: Props): void => {
  if (!SURVEYS.includes(kind as string) || typeof score != 'number' || !isFinite(score)) {
    return void debugLog(t, 'dropped', 'invalid', 'survey');
  }
  emit(t, 'survey', kind, { ...props, score });
};

export const reset = (t: State): void => {
  t._local._set('a', (t._anonymousId = uuid()));
  t._local._set('u', '');
  t._local._set('s', '');
  t._userId = undefined;
};

export const shutdown = (t: State): Promise<void> => {
  t._stopped = true;
  return flush(t._outbox).then(() => {
    stop(t._outbox);
    t._store._close();
  });
};

/** The core's public methods over one tracker's state (unguarded: guard.ts wraps them); features add the others. */
export const methodsOf = (t: State): Partial<Tracker> => ({
  page: (props) => page(t, props),
  cta: (name, props) => void emit(t, 'cta', name, props),
  checkout: (step, props) => void emit(t, 'checkout', step, props),
  purchase: (order) => purchase(t, order),
  track: (name, props) => void emit(t, 'track', name, props),
  identify: (id, traits) => identify(t, id, traits),
  survey: (kind, score, props) => survey(t, kind, score, props),
  flush: () => flush(t._outbox),
  reset: () => reset(t),
  shutdown: () => shutdown(t),
});
