import { createClassifier, type CairnEvent } from '../../src/index.js';
import { prng } from '../support/prng.js';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Monday 2026-01-05 00:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5);

let counter = 0;

/** An event with defaults (a page view of `/` by `anon-1` at T0) and a fresh, ordered id. */
export function ev(extra: Partial<CairnEvent> = {}): CairnEvent {
  counter++;
  return { id: `ev${String(counter).padStart(6, '0')}`, type: 'page', name: '/', ts: T0, anonymousId: 'anon-1', ...extra };
}

/**
 * A small classifier the analytics tests own, so that changes to the default rules do not move
 * their numbers: pages → awareness, CTAs → consideration, checkout steps and purchases →
 * conversion (purchase is the act), `track:account` → retention, `track:review` → advocacy.
 */
export const testClassifier = createClassifier({
  rules: [
    { id: 'page', stage: 'awareness', match: { type: 'page' } },
    { id: 'cta', stage: 'consideration', match: { type: 'cta' } },
    { id: 'purchase', stage: 'conversion', act: 'purchase', match: { type: 'checkout', name: { exact: 'purchase' } } },
    { id: 'checkout', stage: 'conversion', match: { type: 'checkout' } },
    { id: 'account', stage: 'retention', match: { type: 'track', name: { exact: 'account' } } },
    { id: 'review', stage: 'advocacy', act: 'review', match: { type: 'track', name: { exact: 'review' } } },
  ],
});

export { prng } from '../support/prng.js';

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

export function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const REFERRERS = ['', '', 'https://www.google.com/', 'https://l.facebook.com/', 'https://blog.example/', 'https://shop.example/a'];
const UTMS = [undefined, undefined, { source: 'google', medium: 'cpc', campaign: 'brand' }, { source: 'news', medium: 'email' }];
const SHAPES: readonly [CairnEvent['type'], string][] = [
  ['page', '/'],
  ['page', '/p/1'],
  ['page', '/cart'],
  ['cta', 'Add to cart'],
  ['checkout', 'begin'],
  ['checkout', 'shipping'],
  ['checkout', 'payment'],
  ['checkout', 'purchase'],
  ['track', 'account'],
  ['track', 'review'],
  ['survey', 'nps'],
  ['vital', 'LCP'],
];

/**
 * Plausible random events: `visitors` people over `spanMs`, some identified (some on two
 * devices), some duplicated, some with skewed clocks and batch times.
 */
export function randomEvents(rand: () => number, count: number, visitors: number, spanMs = 20 * DAY): CairnEvent[] {
  const events: CairnEvent[] = [];
  for (let i = 0; i < count; i++) {
    const v = Math.floor(rand() * visitors);
    const device = rand() < 0.2 ? 'b' : 'a';
    const [type, name] = pick(rand, SHAPES);
    const ts = T0 + Math.floor(rand() * spanMs);
    const e: CairnEvent = { id: `r${i}`, type, name, ts, anonymousId: `v${v}${device}`, url: `https://shop.example${type === 'page' ? name : '/x'}` };
    if (v % 3 === 0 && rand() < 0.5) e.userId = `u${v}`;
    const referrer = pick(rand, REFERRERS);
    if (referrer) e.referrer = referrer;
    const utm = pick(rand, UTMS);
    if (utm) e.utm = utm;
    if (rand() < 0.05) e.url = `https://shop.example/?gclid=abc${i}`;
    if (type === 'checkout' && name === 'purchase') e.props = { orderId: `o${i}`, value: Math.floor(rand() * 200), currency: 'EUR' };
    if (type === 'survey') e.props = { kind: pick(rand, ['nps', 'csat', 'ces']), score: Math.floor(rand() * 11) };
    if (rand() < 0.1) {
      e.sentAt = ts + 1000;
      e.receivedAt = ts + 1000 + Math.floor((rand() - 0.5) * 20 * MIN);
    }
    if (rand() < 0.05) e.seq = Math.floor(rand() * 10);
    events.push(e);
    if (rand() < 0.03) events.push({ ...e });
  }
  return events;
}
