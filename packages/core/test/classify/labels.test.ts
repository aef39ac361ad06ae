import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import type { Stage } from '../../src/index.js';
import { event } from './fixtures.js';

// The intent a label reaches: the lexicon's, or (for labels that are analytics event names, such as
// "Add to cart" = add_to_cart) the event rule's.
const EVENT_RULE_INTENTS: Record<string, string> = { 'add-to-cart': 'add-to-cart', share: 'share', login: 'sign-in', referral: 'refer', search: 'search', 'view-cart': 'view-cart' };
function intentOf(label: string): string | null {
  const explanation = explain(event('cta', label));
  return explanation.label?.intent ?? (explanation.ruleId === null ? null : (EVENT_RULE_INTENTS[explanation.ruleId] ?? explanation.ruleId));
}

// CTA labels as shops print them, per intent and language: [label, intent, stage].
const labels: readonly (readonly [label: string, intent: string, stage: Stage])[] = [
  // Buy
  ['Buy now', 'checkout', 'conversion'],
  ['Купить', 'checkout', 'conversion'],
  ['Acquista', 'checkout', 'conversion'],
  ['Jetzt kaufen', 'checkout', 'conversion'],
  ['Acheter', 'checkout', 'conversion'],
  ['Comprar', 'checkout', 'conversion'],
  ['Оформить заказ', 'checkout', 'conversion'],
  ['Zur Kasse', 'checkout', 'conversion'],
  ['Passer la commande', 'checkout', 'conversion'],
  ['Finalizar compra', 'checkout', 'conversion'],
  // Sign up
  ['Sign up', 'sign-up', 'conversion'],
  ['Зарегистрироваться', 'sign-up', 'conversion'],
  ['Iscriviti', 'sign-up', 'conversion'],
  ['Registrieren', 'sign-up', 'conversion'],
  ["S'inscrire", 'sign-up', 'conversion'],
  ['S’inscrire', 'sign-up', 'conversion'],
  ['Regístrate', 'sign-up', 'conversion'],
  ['Registrarse', 'sign-up', 'conversion'],
  // Learn more
  ['Learn more', 'details', 'consideration'],
  ['Подробнее', 'details', 'consideration'],
  ['Scopri di più', 'details', 'consideration'],
  ['Mehr erfahren', 'details', 'consideration'],
  ['En savoir plus', 'details', 'consideration'],
  ['Más información', 'details', 'consideration'],
  // Add to cart
  ['Add to cart', 'add-to-cart', 'consideration'],
  ['В корзину', 'add-to-cart', 'consideration'],
  ['Aggiungi al carrello', 'add-to-cart', 'consideration'],
  ['In den Warenkorb', 'add-to-cart', 'consideration'],
  ['Ajouter au panier', 'add-to-cart', 'consideration'],
  ['Añadir al carrito', 'add-to-cart', 'consideration'],
  // Share
  ['Share', 'share', 'advocacy'],
  ['Поделиться', 'share', 'advocacy'],
  ['Condividi', 'share', 'advocacy'],
  ['Teilen', 'share', 'advocacy'],
  ['Partager', 'share', 'advocacy'],
  ['Compartir', 'share', 'advocacy'],
  // Write a review
  ['Write a review', 'review', 'advocacy'],
  ['Оставить отзыв', 'review', 'advocacy'],
  ['Scrivi una recensione', 'review', 'advocacy'],
  ['Bewertung schreiben', 'review', 'advocacy'],
  ['Écrire un avis', 'review', 'advocacy'],
  ['Escribir una reseña', 'review', 'advocacy'],
  // Reorder
  ['Reorder', 'orders', 'retention'],
  ['Повторить заказ', 'orders', 'retention'],
  ['Riordina', 'orders', 'retention'],
  ['Erneut bestellen', 'orders', 'retention'],
  ['Commander à nouveau', 'orders', 'retention'],
  ['Volver a pedir', 'orders', 'retention'],
  // Invite a friend
  ['Invite a friend', 'refer', 'advocacy'],
  ['Пригласить друга', 'refer', 'advocacy'],
  ['Invita un amico', 'refer', 'advocacy'],
  ['Freunde einladen', 'refer', 'advocacy'],
  ['Inviter un ami', 'refer', 'advocacy'],
  ['Invitar a un amigo', 'refer', 'advocacy'],
  // Sign in and support
  ['Войти', 'sign-in', 'retention'],
  ['Mein Konto', 'sign-in', 'retention'],
  ['Iniciar sesión', 'sign-in', 'retention'],
  ['Отследить заказ', 'orders', 'retention'],
  ['Suivre ma commande', 'orders', 'retention'],
  // Subscribe, pricing, demo
  ['Подписаться', 'subscribe', 'conversion'],
  ['Newsletter abonnieren', 'subscribe', 'conversion'],
  ['Voir les tarifs', 'details', 'consideration'],
  ['Confronta i piani', 'details', 'consideration'],
  ['Solicitar una demo', 'contact-sales', 'consideration'],
  ['Запросить демо', 'contact-sales', 'consideration'],
];

describe('multilingual CTA labels', () => {
  it.each(labels)('%s → %s (%s)', (label, intent, stage) => {
    expect(intentOf(label)).toBe(intent);
    expect(explain(event('cta', label)).stage).toBe(stage);
  });

  it.each(labels)('ignores case, accents, surrounding whitespace and punctuation: %s', (label, intent) => {
    const variants = [
      `  ${label.toUpperCase()}!  `,
      `→ ${label.toLowerCase()} »`,
      `🛒 ${label}…`,
      label.normalize('NFD').replace(/\p{M}/gu, ''),
      `"${label}"`,
    ];
    for (const variant of variants) expect(intentOf(variant), variant).toBe(intent);
  });

  it.each([
    ['add_to_cart'],
    ['ADD-TO-CART!'],
    ['addToCart'],
    ['Add  to\tcart'],
    ['add.to.cart'],
    ['Add this to your cart'],
    ['In den Warenkorb legen'],
  ])('one intent, many spellings: %s', (label) => {
    expect(intentOf(label)).toBe('add-to-cart');
  });

  it('ё and й survive normalisation as е and и on both sides', () => {
    expect(intentOf('Заказать ещё раз')).toBe('orders');
    expect(intentOf('Заказать еще раз')).toBe('orders');
  });

  it.each([
    ['Buy lifetime', 'checkout'],
    ['Pay €49', 'checkout'],
    ['Checkout (2 items)', 'checkout'],
    ['Add to cart — €19.99', 'add-to-cart'],
    ['Compare all plans', 'details'],
    ['Share this product', 'share'],
    ['Order history', 'orders'],
    ['Choose options', 'details'],
    ['Track shipment', 'orders'],
  ] as const)('a word that starts a label decides, whatever follows: %s → %s', (label, intent) => {
    expect(intentOf(label)).toBe(intent);
  });

  it.each([
    ['Start Pro trial', 'cta-trial-words', 'conversion'],
    ['Try Cairn free for 14 days', 'cta-trial-words', 'conversion'],
    ['Choose Team', 'cta-plan-words', 'conversion'],
    ['Get Pro →', 'cta-plan-words', 'conversion'],
    ['Select the Business plan', 'cta-plan-words', 'conversion'],
  ] as const)('English label shapes no word list holds: %s → %s', (label, ruleId, stage) => {
    expect(explain(event('cta', label))).toMatchObject({ ruleId, stage });
  });

  it('the longest word wins, and a word in the middle of a label means nothing', () => {
    expect(intentOf('Buy again')).toBe('orders');
    expect(intentOf('Konto erstellen')).toBe('sign-up');
    expect(intentOf('Cancel order')).toBe('orders');
    for (const label of ['Choose a colour', 'Get the guide', 'Why sign up?', 'See your order', 'Why buy now?', 'Warum registrieren?']) {
      expect(explain(event('cta', label)).stage, label).toBeNull();
    }
  });
});
