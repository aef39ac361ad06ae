import { describe, expect, it } from 'vitest';
import { classify, createClassifier, defaultRules, explain, normalizeName } from '../../src/index.js';
import type { EventType } from '../../src/index.js';
import { event, ruleCases } from './fixtures.js';

describe('default rules', () => {
  it('every default rule has at least one case', () => {
    const covered = new Set(ruleCases.map(([id]) => id));
    const missing = defaultRules.map((rule) => rule.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('every case names a default rule', () => {
    const ids = new Set(defaultRules.map((rule) => rule.id));
    expect(ruleCases.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(ruleCases.map(([id, e]) => [id, e.type, e.name, e] as const))('%s ← %s %j', (id, _type, _name, e) => {
    const rule = defaultRules.find((r) => r.id === id);
    const explanation = explain(e);
    expect(explanation.ruleId).toBe(id);
    expect(explanation.stage).toBe(rule?.stage);
    expect(explanation.act).toBe(rule?.act ?? null);
    expect(classify(e)).toBe(rule?.stage);
  });

  it('ids are unique and the set is JSON data', () => {
    expect(new Set(defaultRules.map((r) => r.id)).size).toBe(defaultRules.length);
    expect(JSON.parse(JSON.stringify(defaultRules))).toEqual(defaultRules);
  });

  it('no name is claimed by two rules for the same event type (no shadowed names)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const allTypes: EventType[] = ['page', 'cta', 'checkout', 'track', 'identify', 'survey', 'vital'];
    for (const rule of defaultRules) {
      const names = rule.match.name === undefined ? [] : Array.isArray(rule.match.name) ? rule.match.name : [rule.match.name];
      const types = rule.match.type === undefined ? allTypes : Array.isArray(rule.match.type) ? rule.match.type : [rule.match.type];
      for (const name of names) {
        if (typeof name !== 'string') continue;
        for (const type of types as EventType[]) {
          const key = `${type}:${normalizeName(name)}`;
          const previous = owner.get(key);
          if (previous !== undefined && previous !== rule.id) clashes.push(`${key} in ${previous} and ${rule.id}`);
          owner.set(key, rule.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every listed name of every rule classifies to that rule on each of its types', () => {
    const wrong: string[] = [];
    for (const rule of defaultRules) {
      if (rule.match.props !== undefined || rule.match.path !== undefined) continue;
      const names = rule.match.name === undefined ? [] : Array.isArray(rule.match.name) ? rule.match.name : [rule.match.name];
      const types = rule.match.type === undefined ? [] : Array.isArray(rule.match.type) ? rule.match.type : [rule.match.type];
      for (const name of names) {
        if (typeof name !== 'string') continue;
        for (const type of types as EventType[]) {
          const got = explain(event(type, name)).ruleId;
          if (got !== rule.id) wrong.push(`${type} "${name}" → ${String(got)} (expected ${rule.id})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['cta', 'add_to_cart', 'consideration'],
    ['track', 'add_to_cart', 'consideration'],
    ['checkout', 'begin_checkout', 'conversion'],
    ['checkout', 'add_payment_info', 'conversion'],
    ['cta', 'view_item', 'consideration'],
    ['track', 'productAdded', 'consideration'],
    ['track', 'PRODUCT_VIEWED', 'consideration'],
    ['track', 'order-completed', 'conversion'],
  ] as const)('vocabulary names classify on %s events: %s → %s', (type, name, stage) => {
    expect(classify(event(type, name))).toBe(stage);
  });

  it('a click labelled "Purchase" is the start of a conversion, not a completed order', () => {
    expect(explain(event('cta', 'Purchase'))).toMatchObject({ ruleId: 'cta-checkout', stage: 'conversion', act: null });
    expect(explain(event('track', 'purchase'))).toMatchObject({ ruleId: 'purchase', act: 'purchase' });
  });

  it('the checkout "review" step is not a product review', () => {
    expect(classify(event('checkout', 'review'))).toBe('conversion');
    expect(classify(event('cta', 'Write a review'))).toBe('advocacy');
  });

  it('a page path that names several stages goes to the checkout, then the most advanced stage', () => {
    expect(explain(event('page', '/checkout/review')).ruleId).toBe('page-checkout');
    expect(explain(event('page', '/account/refer')).ruleId).toBe('page-refer');
    expect(explain(event('page', '/support/faq')).ruleId).toBe('page-support');
    expect(explain(event('page', '/blog/pricing')).ruleId).toBe('page-pricing');
  });

  it('segments match whole: a blog post about pricing is a blog post', () => {
    expect(explain(event('page', '/blog/pricing-explained')).ruleId).toBe('page-blog');
    expect(classify(event('page', '/blogger'))).toBeNull();
  });

  it.each([
    ['page', '/about'],
    ['page', '/contact'],
    ['track', 'my_custom_event'],
    ['cta', ''],
    ['track', 'click'],
  ] as const)('unknown events are null with "no rule matched": %s %s', (type, name) => {
    expect(explain(event(type, name))).toEqual({ stage: null, ruleId: null, reason: 'no rule matched', act: null, signal: null });
  });

  it('web vitals and lost leads are explicitly not journey signals', () => {
    expect(explain(event('vital', 'CLS'))).toMatchObject({ stage: null, ruleId: 'web-vital' });
    expect(explain(event('track', 'close_unconvert_lead'))).toMatchObject({ stage: null, ruleId: 'lead-lost' });
  });

  it('a CTA named by id falls back to its visible label in props.label', () => {
    expect(explain(event('cta', 'hero-button-1', { props: { label: 'Jetzt kaufen' } }))).toMatchObject({
      stage: 'conversion',
      ruleId: 'cta-checkout',
    });
    expect(explain(event('cta', 'hero-button-1', { props: { label: 'Close' } }))).toMatchObject({ stage: null, ruleId: 'cta-noise' });
  });

  it('the default classify agrees with a classifier built from defaultRules', () => {
    const own = createClassifier({ rules: defaultRules });
    for (const [, e] of ruleCases) expect(own.classify(e)).toBe(classify(e));
  });
});

describe('defaultRules data', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(defaultRules)).toBe(true);
    for (const rule of defaultRules) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.match)).toBe(true);
    }
    expect(() => {
      (defaultRules[0] as { stage: string }).stage = 'advocacy';
    }).toThrow(TypeError);
  });
});
