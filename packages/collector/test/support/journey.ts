import type { CairnEvent } from '@cairn/core';

const START = Date.UTC(2026, 10, 2, 10, 0, 0);

/**
 * A small shop's day: three visitors from search, email and direct; two reach checkout, one
 * buys (and answers NPS 10), one leaves at payment. Ids are prefixed with `tag`.
 */
export function shopJourneys(tag: string): CairnEvent[] {
  let n = 0;
  const at = (minutes: number): number => START + minutes * 60_000;
  const event = (anonymousId: string, minutes: number, fields: Partial<CairnEvent>): CairnEvent => ({
    id: `${tag}-${++n}`,
    type: 'page',
    name: '/',
    ts: at(minutes),
    anonymousId,
    sessionId: `${anonymousId}-s1`,
    seq: n,
    ...fields,
  });
  const site = 'https://shop.example';
  return [
    event('ann', 0, { name: '/', url: `${site}/?utm_source=google&utm_medium=cpc`, utm: { source: 'google', medium: 'cpc' }, referrer: 'https://www.google.com/' }),
    event('ann', 1, { name: '/pricing', url: `${site}/pricing` }),
    event('ann', 2, { type: 'cta', name: 'Add to cart', url: `${site}/pricing` }),
    event('ann', 3, { type: 'checkout', name: 'begin', url: `${site}/checkout` }),
    event('ann', 4, { type: 'checkout', name: 'shipping', url: `${site}/checkout` }),
    event('ann', 5, { type: 'checkout', name: 'payment', url: `${site}/checkout` }),
    event('ann', 6, { type: 'checkout', name: 'purchase', url: `${site}/thanks`, props: { orderId: 'o-1', value: 120, currency: 'EUR' } }),
    event('ann', 7, { type: 'survey', name: 'nps', url: `${site}/thanks`, props: { kind: 'nps', score: 10 } }),
    event('bob', 10, { name: '/', url: `${site}/?utm_source=newsletter&utm_medium=email`, utm: { source: 'newsletter', medium: 'email' } }),
    event('bob', 11, { name: '/pricing', url: `${site}/pricing` }),
    event('bob', 12, { type: 'checkout', name: 'begin', url: `${site}/checkout` }),
    event('bob', 13, { type: 'checkout', name: 'shipping', url: `${site}/checkout` }),
    event('bob', 14, { type: 'checkout', name: 'payment', url: `${site}/checkout` }),
    event('cat', 20, { name: '/<script>alert(1)</script>', url: `${site}/%3Cscript%3E` }),
    event('cat', 21, { name: '/blog/trail-stories', url: `${site}/blog/trail-stories` }),
  ];
}
