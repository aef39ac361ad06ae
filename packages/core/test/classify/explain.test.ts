import { describe, expect, it } from 'vitest';
import { classify, explain } from '../../src/index.js';
import type { CairnEvent } from '../../src/index.js';
import { event } from './fixtures.js';

describe('explain', () => {
  it('names the rule, what matched and why', () => {
    expect(explain(event('cta', 'В корзину'))).toEqual({
      stage: 'consideration',
      ruleId: 'cta-add-to-cart',
      act: null,
      signal: 'label',
      label: { intent: 'add-to-cart', words: 'в корзину', languages: ['ru'] },
      reason:
        'rule "cta-add-to-cart": label "В корзину" (read as "в корзину") means add-to-cart (ru "в корзину"): Adding to the cart is intent while still deciding: most carts are abandoned, and add-to-cart rate is a consideration KPI.',
    });
    expect(explain(event('track', 'add_to_cart'))).toMatchObject({ ruleId: 'add-to-cart', signal: 'event' });
  });

  it('shows the path for page rules and the properties for survey rules', () => {
    expect(explain(event('page', '/it/blog/post-1')).reason).toBe(
      'rule "page-blog" matched type "page", path "/it/blog/post-1": Blog readers are looking for information, not yet at the offer.',
    );
    expect(explain(event('survey', 'nps', { props: { kind: 'nps', score: 10 } }))).toMatchObject({
      stage: 'advocacy',
      ruleId: 'survey-nps-promoter',
      act: 'promoter',
      reason: expect.stringContaining('props.kind = "nps", props.score = 10') as unknown as string,
    });
  });

  it('reasons reflect each event, also when the same rule and name repeat', () => {
    const first = explain(event('survey', 'nps', { props: { kind: 'nps', score: 9 } })).reason;
    const second = explain(event('survey', 'nps', { props: { kind: 'nps', score: 10 } })).reason;
    expect(first).toContain('props.score = 9');
    expect(second).toContain('props.score = 10');
    const campaign = (source: string) =>
      explain(event('page', '/about', { utm: { source }, url: `https://x.example/about?utm_source=${source}` })).reason;
    expect(campaign('google')).toContain('utm.source = "google"');
    expect(campaign('google')).toContain('query.utm_source = "google"');
    expect(campaign('bing')).toContain('utm.source = "bing"');
    // A later page of the same campaign session carries the session's utm, not the campaign's query.
    const later = explain(event('page', '/about', { utm: { source: 'google' }, url: 'https://x.example/about' }));
    expect(later.stage).toBeNull();
    const byUrl = (url: string) => explain(event('page', 'Pricing', { url })).reason;
    expect(byUrl('https://x.example/pricing')).toContain('path "/pricing"');
    expect(byUrl('https://x.example/en/pricing')).toContain('path "/en/pricing"');
    expect(explain(event('cta', 'Buy now')).reason).toBe(explain(event('cta', 'Buy now')).reason);
  });

  it('reports the act of acts', () => {
    expect(explain(event('checkout', 'purchase')).act).toBe('purchase');
    expect(explain(event('cta', 'Share')).act).toBe('share');
  });

  it('says when a rule declares an event not a journey signal', () => {
    expect(explain(event('vital', 'INP'))).toMatchObject({ stage: null, ruleId: 'web-vital', reason: expect.stringMatching(/not a journey signal/) as unknown as string });
  });

  it('says "no rule matched" for unknown events and never guesses', () => {
    expect(explain(event('track', 'chat_opened'))).toEqual({ stage: null, ruleId: null, reason: 'no rule matched', act: null, signal: null });
  });

  it('explains the label when a named CTA falls back to props.label', () => {
    expect(explain(event('cta', 'hero-1', { props: { label: 'Acheter' } })).reason).toMatch(/^rule "cta-checkout": label "Acheter" \(read as "acheter"\) means checkout \(fr "acheter"\)/);
  });

  it('never throws on non-events', () => {
    for (const input of [null, undefined, 42, 'page', [], {}, { type: 'page' }, { type: 'page', name: 7 }]) {
      expect(() => explain(input as unknown as CairnEvent)).not.toThrow();
      expect(classify(input as unknown as CairnEvent)).toBeNull();
    }
    expect(explain(null as unknown as CairnEvent).reason).toBe('not an event object');
  });

  it('survives hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as CairnEvent;
    expect(classify(hostile)).toBeNull();
    expect(explain(hostile)).toMatchObject({ stage: null, ruleId: null });
  });
});
