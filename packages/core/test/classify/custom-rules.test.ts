import { describe, expect, it } from 'vitest';
import { createClassifier, defaultRules } from '../../src/index.js';
import type { Rule } from '../../src/index.js';
import { event } from './fixtures.js';

describe('createClassifier: custom rules', () => {
  it('extend puts rules in front of the defaults, whatever the priorities', () => {
    const classifier = createClassifier({
      extend: [{ id: 'blog-is-consideration', stage: 'consideration', match: { type: 'page', path: '/blog/**' } }],
    });
    expect(classifier.explain(event('page', '/blog/x'))).toMatchObject({ ruleId: 'blog-is-consideration', stage: 'consideration' });
    // Defaults still apply to the rest.
    expect(classifier.explain(event('cta', 'Buy now')).ruleId).toBe('cta-checkout');
    expect(classifier.rules[0]?.id).toBe('blog-is-consideration');
    expect(classifier.rules.length).toBe(defaultRules.length + 1);
  });

  it('rules replaces the defaults', () => {
    const classifier = createClassifier({ rules: [{ id: 'only', stage: 'awareness', match: { type: 'page' } }] });
    expect(classifier.explain(event('page', '/checkout'))).toMatchObject({ ruleId: 'only', stage: 'awareness' });
    expect(classifier.explain(event('cta', 'Buy now'))).toMatchObject({ ruleId: null, stage: null, reason: 'no rule matched' });
  });

  it('rules and extend combine: extend first, then the replacement rules', () => {
    const classifier = createClassifier({
      rules: [{ id: 'base', stage: 'awareness', match: {} }],
      extend: [{ id: 'front', stage: 'advocacy', match: { type: 'cta', name: 'Tell a friend' } }],
    });
    expect(classifier.classify(event('cta', 'tell-a-friend'))).toBe('advocacy');
    expect(classifier.classify(event('cta', 'anything'))).toBe('awareness');
  });

  it('an extend rule with stage null silences an event the defaults would classify', () => {
    const classifier = createClassifier({
      extend: [{ id: 'internal-pages', stage: null, match: { type: 'page', path: '/admin/**' } }],
    });
    expect(classifier.explain(event('page', '/admin/account'))).toMatchObject({ stage: null, ruleId: 'internal-pages' });
    expect(classifier.classify(event('page', '/account'))).toBe('retention');
  });

  it('priority orders rules within a list; ties keep list order', () => {
    const rules: Rule[] = [
      { id: 'low', stage: 'awareness', match: { type: 'track' } },
      { id: 'high', stage: 'conversion', priority: 5, match: { type: 'track', name: 'x' } },
      { id: 'same-as-low', stage: 'retention', match: { type: 'track' } },
    ];
    const classifier = createClassifier({ rules });
    expect(classifier.explain(event('track', 'x')).ruleId).toBe('high');
    expect(classifier.explain(event('track', 'y')).ruleId).toBe('low');
    expect(classifier.rules.map((r) => r.id)).toEqual(['high', 'low', 'same-as-low']);
  });

  describe('name matching', () => {
    const classifier = createClassifier({
      rules: [
        { id: 'exact', stage: 'conversion', match: { name: { exact: 'Trial Started' } } },
        { id: 'regex', stage: 'consideration', match: { name: { regex: '^video_', flags: 'i' } } },
        { id: 'normal', stage: 'awareness', match: { name: ['Newsletter Opened', 'Открыл рассылку'] } },
      ],
    });
    it.each([
      ['Trial Started', 'exact'],
      ['trial started', null],
      ['Video_Start', 'regex'],
      ['my_video_start', null],
      ['newsletter_opened', 'normal'],
      ['NEWSLETTER-OPENED!', 'normal'],
      ['открыл рассылку', 'normal'],
    ] as const)('%s → %s', (name, ruleId) => {
      expect(classifier.explain(event('track', name)).ruleId).toBe(ruleId);
    });
  });

  describe('path matching', () => {
    const classifier = createClassifier({
      rules: [
        { id: 'glob', stage: 'consideration', match: { path: '/catalog/*/details' } },
        { id: 'regex', stage: 'conversion', match: { path: { regex: '^/order/\\d+$' } } },
        { id: 'cta-on-pricing', stage: 'consideration', match: { type: 'cta', path: '**/pricing/**' } },
      ],
    });
    it.each([
      ['page', '/catalog/shoes/details', undefined, 'glob'],
      ['page', '/Catalog/Shoes/Details.html', undefined, 'glob'],
      ['page', '/catalog/shoes/x/details', undefined, null],
      ['page', '/order/123', undefined, 'regex'],
      ['page', '/order/abc', undefined, null],
      ['page', 'Order page', 'https://shop.example/order/7?x=1', 'regex'],
      ['cta', 'Choose', 'https://shop.example/en/pricing', 'cta-on-pricing'],
      ['cta', 'Choose', 'https://shop.example/en/about', null],
      ['cta', 'Choose', undefined, null],
    ] as const)('%s %s (url %s) → %s', (type, name, url, ruleId) => {
      expect(classifier.explain(event(type, name, url === undefined ? {} : { url })).ruleId).toBe(ruleId);
    });
  });

  describe('props and utm matching', () => {
    const classifier = createClassifier({
      rules: [
        { id: 'big-order', stage: 'conversion', priority: 1, match: { type: 'track', name: 'order', props: { value: { gte: 1000 } } } },
        { id: 'plan', stage: 'conversion', match: { type: 'cta', props: { plan: { in: ['pro', 'team'] } } } },
        { id: 'coupon', stage: 'consideration', match: { type: 'cta', props: { coupon: { exists: true } } } },
        { id: 'no-coupon', stage: 'awareness', match: { type: 'cta', props: { coupon: { exists: false }, kind: 'x' } } },
        { id: 'sku', stage: 'consideration', match: { type: 'track', props: { sku: { regex: '^SKU-\\d+$' } } } },
        { id: 'flag', stage: 'retention', match: { type: 'track', props: { beta: true, count: 3, note: null } } },
        { id: 'email', stage: 'awareness', match: { type: 'page', utm: { medium: 'Email', campaign: { regex: 'winback' } } } },
      ],
    });
    it.each([
      [event('track', 'order', { props: { value: 1500 } }), 'big-order'],
      [event('track', 'order', { props: { value: 15 } }), null],
      [event('track', 'order', { props: { value: '1500' } }), null],
      [event('cta', 'x', { props: { plan: 'team' } }), 'plan'],
      [event('cta', 'x', { props: { plan: 'free' } }), null],
      [event('cta', 'x', { props: { coupon: 'SAVE10' } }), 'coupon'],
      [event('cta', 'x', { props: { kind: 'x' } }), 'no-coupon'],
      [event('track', 'y', { props: { sku: 'SKU-42' } }), 'sku'],
      [event('track', 'y', { props: { sku: 42 } }), null],
      [event('track', 'y', { props: { beta: true, count: 3, note: null } }), 'flag'],
      [event('track', 'y', { props: { beta: true, count: 3 } }), null],
      [event('page', '/x', { utm: { medium: 'email', campaign: 'q4-winback' } }), 'email'],
      [event('page', '/x', { utm: { medium: 'EMAIL', campaign: 'q4-winback' } }), 'email'],
      [event('page', '/x', { utm: { medium: 'email', campaign: 'launch' } }), null],
      [event('page', '/x'), null],
    ] as const)('%j → %s', (e, ruleId) => {
      expect(classifier.explain(e).ruleId).toBe(ruleId);
    });
  });

  it('a rule without conditions matches every event', () => {
    expect(createClassifier({ rules: [{ id: 'all', stage: 'awareness', match: {} }] }).classify(event('vital', 'LCP'))).toBe('awareness');
  });

  it('rules survive a JSON round trip unchanged in behaviour', () => {
    const rules: Rule[] = [{ id: 'r', stage: 'consideration', match: { type: 'track', name: { regex: '^a', flags: 'i' }, props: { n: { gte: 1 } } } }];
    const revived = createClassifier({ rules: JSON.parse(JSON.stringify(rules)) as Rule[] });
    expect(revived.classify(event('track', 'Abc', { props: { n: 2 } }))).toBe('consideration');
  });

  it.each([
    [{ id: '', stage: 'awareness', match: {} }, /"id" must be a non-empty string/],
    [{ id: 'x', stage: 'interest', match: {} }, /"stage" must be one of/],
    [{ id: 'x', stage: 'awareness' }, /"match" must be an object/],
    [{ id: 'x', stage: 'awareness', priority: Number.NaN, match: {} }, /"priority"/],
    [{ id: 'x', stage: 'awareness', match: { type: 'click' } }, /unknown event type "click"/],
    [{ id: 'x', stage: 'awareness', match: { name: { regex: '(' } } }, /rule "x": name: .*Invalid regular expression/],
    [{ id: 'x', stage: 'awareness', match: { name: { regex: 'a', flags: 'g' } } }, /without g or y/],
    [{ id: 'x', stage: 'awareness', match: { name: 42 } }, /each name must be/],
    [{ id: 'x', stage: 'awareness', match: { path: '/{a,b' } }, /unclosed/],
    [{ id: 'x', stage: 'awareness', match: { path: 7 } }, /each path must be/],
    [{ id: 'x', stage: 'awareness', match: { props: { a: { between: 1 } } } }, /props\.a: expected one of/],
    [{ id: 'x', stage: 'awareness', match: { props: { a: { gte: '1' } } } }, /"gte" and "lte" must be numbers/],
    [{ id: 'x', stage: 'awareness', match: { utm: 'google' } }, /utm must be an object/],
    [{ id: 'x', stage: 'awareness', act: 1, match: {} }, /"act" must be a string/],
  ])('rejects a malformed rule with a clear error: %j', (rule, message) => {
    expect(() => createClassifier({ rules: [rule as unknown as Rule] })).toThrow(message);
  });

  it('rejects duplicate ids, also across extend and the defaults', () => {
    expect(() => createClassifier({ extend: [{ id: 'purchase', stage: 'conversion', match: {} }] })).toThrow(/"purchase": duplicate id/);
  });

  it('rejects rules that are not arrays', () => {
    expect(() => createClassifier({ rules: {} as unknown as Rule[] })).toThrow(/must be arrays/);
  });
});
