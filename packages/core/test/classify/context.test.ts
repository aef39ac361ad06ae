import { describe, expect, it } from 'vitest';
import { classify, createClassifier, explain, validateEvent, visitorStage } from '../../src/index.js';
import type { CairnEvent, Props } from '../../src/index.js';
import { event } from './fixtures.js';

const SHOP = 'https://shop.example';
const click = (name: string, page: string, props?: Props): CairnEvent => event('cta', name, { url: `${SHOP}${page}`, ...(props === undefined ? {} : { props }) });

describe('context signals of a CTA', () => {
  it.each([
    // [label, page, props, stage, signal, ruleId]
    ['Continue', '/cart', { action: '/checkout', method: 'post' }, 'conversion', 'destination', 'page-checkout'],
    ['Weiter', '/products/mug', { action: '/cart/add', method: 'post' }, 'conversion', 'destination', 'page-cart'],
    ['Submit', '/', { action: '/account/login', method: 'post' }, 'retention', 'destination', 'page-account'],
    ['OK', '/', { href: `${SHOP}/account/orders` }, 'retention', 'destination', 'page-orders'],
    ['Далее', '/checkout/shipping', undefined, 'conversion', 'page', 'page-checkout'],
    ['Continuer', '/checkout/shipping', { action: '/checkout/shipping', method: 'post' }, 'conversion', 'page', 'page-checkout'],
    ['button', '/products/mug', { control: 'add' }, 'consideration', 'control', 'add-to-cart'],
    ['⟶', '/products/mug', { control: 'add-to-cart' }, 'consideration', 'control', 'add-to-cart'],
    ['⟶', '/products/mug', { control: 'AddToCart' }, 'consideration', 'control', 'add-to-cart'],
    ['Go', '/cart', { control: 'checkout' }, 'conversion', 'control', 'cta-checkout'],
    // Unknown labels take their context too.
    ['Blue mug, 350 ml', '/collections/mugs', { href: `${SHOP}/products/blue-mug` }, 'consideration', 'destination', 'page-product'],
  ] as const)('%s on %s %j → %s by %s', (label, page, props, stage, signal, ruleId) => {
    expect(explain(click(label, page, props as Props | undefined))).toMatchObject({ stage, signal, ruleId, act: null });
  });

  it('a label with an intent wins over its context; noise stays null wherever it is', () => {
    expect(explain(click('Add to wishlist', '/checkout', { action: '/checkout' }))).toMatchObject({ stage: 'consideration', signal: 'event' });
    expect(explain(click('Ajouter au panier', '/checkout', { action: '/checkout' }))).toMatchObject({ stage: 'consideration', signal: 'label' });
    for (const noise of ['Close', 'Fermer', 'Sort by', 'Next page', 'Zurück', 'Отмена']) {
      expect(explain(click(noise, '/checkout/payment', { href: `${SHOP}/checkout` })), noise).toMatchObject({ stage: null, ruleId: 'cta-noise' });
    }
  });

  it('a destination on another host or on the page itself says nothing', () => {
    expect(classify(click('Continue', '/about', { href: 'https://other.example/checkout' }))).toBeNull();
    expect(classify(click('Next', '/about', { href: `${SHOP}/about?page=2` }))).toBeNull();
    expect(explain(click('Continue', '/blog/post', { href: `${SHOP}/blog/post#comments` }))).toMatchObject({ signal: 'page', ruleId: 'page-blog' });
  });

  it('context never carries an act: a Continue towards the confirmation page is not the purchase', () => {
    const e = click('Continue', '/checkout/review', { action: '/order-confirmation' });
    expect(explain(e)).toMatchObject({ stage: 'conversion', ruleId: 'page-order-confirmation', act: null, signal: 'destination' });
    expect(createClassifier().match(e)?.act).toBeUndefined();
    expect(visitorStage([e]).stage).toBe('conversion');
  });

  it('explains what it read', () => {
    expect(explain(click('Weiter', '/products/mug', { action: '/cart/add' })).reason).toBe(
      'label "Weiter" says nothing by itself (de "weiter"); destination "/cart/add" (props.action) matched rule "page-cart": The cart is the door of the checkout.',
    );
    expect(explain(click('Blue mug', '/checkout/payment')).reason).toMatch(/^label "Blue mug" is not in the lexicon; page "\/checkout\/payment" matched rule "page-checkout"/);
    expect(explain(click('button', '/products/mug', { control: 'add' }))).toMatchObject({
      reason: expect.stringMatching(/the control's name "add to cart" decided by rule "add-to-cart"/) as unknown as string,
      label: { intent: 'add-to-cart' },
    });
  });

  it('user rules still win over every context', () => {
    const classifier = createClassifier({ extend: [{ id: 'continue-is-awareness', stage: 'awareness', match: { type: 'cta', name: 'Continue' } }] });
    expect(classifier.explain(click('Continue', '/checkout'))).toMatchObject({ stage: 'awareness', ruleId: 'continue-is-awareness', signal: 'event' });
  });

  it('only CTAs read context; other events without a rule stay null', () => {
    expect(classify(event('track', 'continue', { url: `${SHOP}/checkout` }))).toBeNull();
  });

  it('the event model accepts the context props', () => {
    const e = click('Continue', '/cart', { action: '/checkout', method: 'post', control: 'checkout', href: `${SHOP}/checkout` });
    expect(validateEvent(e).ok).toBe(true);
  });
});
