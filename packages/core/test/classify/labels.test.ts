import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import type { Stage } from '../../src/index.js';
import { event } from './fixtures.js';

// CTA labels as shops print them, per intent and language: [label, rule, stage].
const labels: readonly (readonly [label: string, ruleId: string, stage: Stage])[] = [
  // Buy
  ['Buy now', 'cta-buy', 'conversion'],
  ['Купить', 'cta-buy', 'conversion'],
  ['Acquista', 'cta-buy', 'conversion'],
  ['Jetzt kaufen', 'cta-buy', 'conversion'],
  ['Acheter', 'cta-buy', 'conversion'],
  ['Comprar', 'cta-buy', 'conversion'],
  ['Оформить заказ', 'cta-buy', 'conversion'],
  ['Zur Kasse', 'cta-buy', 'conversion'],
  ['Passer la commande', 'cta-buy', 'conversion'],
  ['Finalizar compra', 'cta-buy', 'conversion'],
  // Sign up
  ['Sign up', 'cta-sign-up', 'conversion'],
  ['Зарегистрироваться', 'cta-sign-up', 'conversion'],
  ['Iscriviti', 'cta-sign-up', 'conversion'],
  ['Registrieren', 'cta-sign-up', 'conversion'],
  ["S'inscrire", 'cta-sign-up', 'conversion'],
  ['S’inscrire', 'cta-sign-up', 'conversion'],
  ['Regístrate', 'cta-sign-up', 'conversion'],
  ['Registrarse', 'cta-sign-up', 'conversion'],
  // Learn more
  ['Learn more', 'cta-learn-more', 'consideration'],
  ['Подробнее', 'cta-learn-more', 'consideration'],
  ['Scopri di più', 'cta-learn-more', 'consideration'],
  ['Mehr erfahren', 'cta-learn-more', 'consideration'],
  ['En savoir plus', 'cta-learn-more', 'consideration'],
  ['Más información', 'cta-learn-more', 'consideration'],
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
  ['Reorder', 'cta-reorder', 'retention'],
  ['Повторить заказ', 'cta-reorder', 'retention'],
  ['Riordina', 'cta-reorder', 'retention'],
  ['Erneut bestellen', 'cta-reorder', 'retention'],
  ['Commander à nouveau', 'cta-reorder', 'retention'],
  ['Volver a pedir', 'cta-reorder', 'retention'],
  // Invite a friend
  ['Invite a friend', 'referral', 'advocacy'],
  ['Пригласить друга', 'referral', 'advocacy'],
  ['Invita un amico', 'referral', 'advocacy'],
  ['Freunde einladen', 'referral', 'advocacy'],
  ['Inviter un ami', 'referral', 'advocacy'],
  ['Invitar a un amigo', 'referral', 'advocacy'],
  // Sign in and support
  ['Войти', 'login', 'retention'],
  ['Mein Konto', 'login', 'retention'],
  ['Iniciar sesión', 'login', 'retention'],
  ['Отследить заказ', 'cta-support', 'retention'],
  ['Suivre ma commande', 'cta-support', 'retention'],
  // Subscribe, pricing, demo
  ['Подписаться', 'cta-subscribe', 'conversion'],
  ['Newsletter abonnieren', 'cta-subscribe', 'conversion'],
  ['Voir les tarifs', 'cta-pricing', 'consideration'],
  ['Confronta i piani', 'cta-pricing', 'consideration'],
  ['Solicitar una demo', 'cta-contact-sales', 'consideration'],
  ['Запросить демо', 'cta-contact-sales', 'consideration'],
];

describe('multilingual CTA labels', () => {
  it.each(labels)('%s → %s (%s)', (label, ruleId, stage) => {
    expect(explain(event('cta', label))).toMatchObject({ ruleId, stage });
  });

  it.each(labels)('ignores case, accents, surrounding whitespace and punctuation: %s', (label, ruleId) => {
    const variants = [
      `  ${label.toUpperCase()}!  `,
      `→ ${label.toLowerCase()} »`,
      `🛒 ${label}…`,
      label.normalize('NFD').replace(/\p{M}/gu, ''),
      `"${label}"`,
    ];
    for (const variant of variants) expect(explain(event('cta', variant)).ruleId, variant).toBe(ruleId);
  });

  it.each([
    ['add_to_cart'],
    ['ADD-TO-CART!'],
    ['addToCart'],
    ['Add  to\tcart'],
    ['add.to.cart'],
  ])('one intent, many spellings: %s', (label) => {
    expect(explain(event('cta', label)).ruleId).toBe('add-to-cart');
  });

  it('ё and й survive normalisation as е and и on both sides', () => {
    expect(explain(event('cta', 'Заказать ещё раз')).ruleId).toBe('cta-reorder');
    expect(explain(event('cta', 'Заказать еще раз')).ruleId).toBe('cta-reorder');
  });

  it.each([
    ['Buy lifetime', 'cta-buy-words', 'conversion'],
    ['Pay €49', 'cta-buy-words', 'conversion'],
    ['Checkout (2 items)', 'cta-buy-words', 'conversion'],
    ['Start Pro trial', 'cta-trial-words', 'conversion'],
    ['Try Cairn free for 14 days', 'cta-trial-words', 'conversion'],
    ['Sign up with Google', 'cta-trial-words', 'conversion'],
    ['Create your account', 'cta-trial-words', 'conversion'],
    ['Choose Team', 'cta-plan-words', 'conversion'],
    ['Get Pro →', 'cta-plan-words', 'conversion'],
    ['Select the Business plan', 'cta-plan-words', 'conversion'],
    ['Compare all plans', 'cta-explore-words', 'consideration'],
    ['View specs', 'cta-explore-words', 'consideration'],
    ['Learn how it works', 'cta-explore-words', 'consideration'],
  ] as const)('an English label no list names, by its leading words: %s → %s', (label, ruleId, stage) => {
    expect(explain(event('cta', label))).toMatchObject({ ruleId, stage });
  });

  it('leading words lose to every exact label and mean nothing in the middle of a label', () => {
    expect(explain(event('cta', 'Buy again')).ruleId).toBe('cta-reorder');
    expect(explain(event('cta', 'Buy now')).ruleId).toBe('cta-buy');
    for (const label of ['Payment methods', 'Order status', 'Choose a colour', 'Get the guide', 'Why sign up?', 'See your order']) {
      expect(explain(event('cta', label)).ruleId, label).toBeNull();
    }
  });

  it('labels that merely contain a known phrase are not guessed', () => {
    expect(explain(event('cta', 'Add to cart — €19.99')).ruleId).toBeNull();
    expect(explain(event('cta', 'Why buy now?')).ruleId).toBeNull();
  });
});
