import { describe, expect, it } from 'vitest';
import { compileLexicon, createClassifier, defaultLexicon } from '../../../src/index.js';
import type { Lexicon } from '../../../src/index.js';
import { event } from '../fixtures.js';

// A small lexicon of its own, so each rule of the matching algorithm is tested on its own.
const tiny: Lexicon = {
  intents: [
    { id: 'add-to-cart', stage: 'consideration', why: 'a' },
    { id: 'view-cart', stage: 'conversion', why: 'b' },
    { id: 'noise', stage: null, why: 'c' },
    { id: 'generic', stage: null, context: true, why: 'd' },
  ],
  words: {
    en: { 'add-to-cart': ['add to cart'], 'view-cart': ['cart'], noise: ['close', 'cart close'], generic: ['next'] },
    de: { 'add-to-cart': ['in den warenkorb'], 'view-cart': ['warenkorb'] },
    ja: { 'add-to-cart': ['カートに追加'] },
  },
  fillers: { en: ['the', 'your', 'now'], de: ['den', 'zum'] },
};

describe('lexicon matching', () => {
  const lexicon = compileLexicon(tiny);
  const intent = (label: string): string | null => lexicon.match(label)?.intent.id ?? null;

  it('reads labels in lexicon normal form: case, accents, punctuation and fillers do not matter', () => {
    expect(lexicon.key('Add the item to YOUR cart!')).toBe('add item to cart');
    expect(lexicon.key('Add to cart')).toBe('add to cart');
    expect(lexicon.key('SATIN AL')).toBe(lexicon.key('satın al'));
    expect(lexicon.key('ΚΑΛΑΘΙ ΑΓΟΡΩΝ ΣΑΣ')).toBe(lexicon.key('καλάθι αγορών σας'));
    expect(intent('  ADD to   the cart →')).toBe('add-to-cart');
  });

  it('a word must start the label, at a word boundary; anything may follow', () => {
    expect(intent('Add to cart')).toBe('add-to-cart');
    expect(intent('Add to cart — €19.99')).toBe('add-to-cart');
    expect(intent('In den Warenkorb legen')).toBe('add-to-cart');
    expect(intent('Why add to cart?')).toBeNull();
    expect(intent('Cartography')).toBeNull();
    expect(intent('Warenkorbwert')).toBeNull();
  });

  it('the longest matching word decides', () => {
    expect(intent('Cart')).toBe('view-cart');
    expect(intent('Zum Warenkorb')).toBe('view-cart');
    expect(intent('In den Warenkorb')).toBe('add-to-cart');
    expect(intent('Cart close')).toBe('noise');
  });

  it('words of scripts written without spaces match any prefix', () => {
    expect(intent('カートに追加する')).toBe('add-to-cart');
    expect(intent('今すぐカートに追加')).toBeNull();
  });

  it('reports the word and its languages; entries are longest first', () => {
    expect(lexicon.match('In den Warenkorb legen')).toMatchObject({ words: 'in warenkorb', languages: ['de'] });
    const lengths = lexicon.entries.map((e) => e.words.length);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    expect(lexicon.entries.find((e) => e.words === 'カートに追加')?.boundary).toBe(false);
    expect(lexicon.entries.find((e) => e.words === 'cart')?.boundary).toBe(true);
  });

  it('refuses a word with two intents, unknown intents, and words made of fillers only', () => {
    const twice = { ...tiny, words: { en: { 'add-to-cart': ['cart'], 'view-cart': ['cart'] } } };
    expect(() => compileLexicon(twice)).toThrow(/both add-to-cart and view-cart/);
    expect(() => compileLexicon({ ...tiny, words: { en: { nope: ['x'] } } })).toThrow(/unknown intent "nope"/);
    expect(() => compileLexicon({ ...tiny, words: { en: { noise: ['the'] } } })).toThrow(/no word that is not a filler/);
  });

  it('earlier word lists win over later ones', () => {
    const site = compileLexicon(tiny, [{ en: { noise: ['cart'] } }, tiny.words]);
    expect(site.match('Cart')?.intent.id).toBe('noise');
    expect(site.match('Add to cart')?.intent.id).toBe('add-to-cart');
  });

  it('the default lexicon compiles: every word has one intent', () => {
    expect(compileLexicon(defaultLexicon).entries.length).toBeGreaterThan(500);
  });
});

describe('createClassifier: words a site adds', () => {
  it('extend.words come before the default words, and extend.rules still win', () => {
    const classifier = createClassifier({
      extend: {
        rules: [{ id: 'tote', stage: 'conversion', match: { type: 'cta', name: 'In die Tüte und los' } }],
        words: { de: { 'add-to-cart': ['In die Tüte'], noise: ['Warenkorb leeren'] } },
      },
    });
    expect(classifier.explain(event('cta', 'In die Tüte'))).toMatchObject({ stage: 'consideration', ruleId: 'cta-add-to-cart', label: { intent: 'add-to-cart', languages: ['de'] } });
    expect(classifier.explain(event('cta', 'In die Tüte und los'))).toMatchObject({ stage: 'conversion', ruleId: 'tote' });
    expect(classifier.classify(event('cta', 'Warenkorb leeren'))).toBeNull();
    expect(classifier.classify(event('cta', 'Warenkorb'))).toBe('conversion');
  });

  it('a rule can match an intent, to give it another stage', () => {
    const classifier = createClassifier({ extend: [{ id: 'atc-converts', stage: 'conversion', match: { type: 'cta', intent: 'add-to-cart' } }] });
    expect(classifier.explain(event('cta', 'Ajouter au panier'))).toMatchObject({ stage: 'conversion', ruleId: 'atc-converts' });
  });

  it('a replaced lexicon is used for labels and context', () => {
    const classifier = createClassifier({ lexicon: tiny });
    expect(classifier.classify(event('cta', 'In den Warenkorb legen'))).toBe('consideration');
    expect(classifier.classify(event('cta', 'Ajouter au panier'))).toBeNull();
  });
});
