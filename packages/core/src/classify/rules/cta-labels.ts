/**
 * Default rules for CTA clicks named by their visible label (or a `data-cairn-cta` name), in
 * English, Russian, Italian, German, French and Spanish, for intents that have no analytics event
 * of their own. Labels of intents that do (add to cart, share, review, invite, sign in, …) live
 * with that event in the vocabulary rules.
 *
 * A click is intent, never completion: "Buy now" moves a visitor into conversion, but only the
 * purchase event makes a customer.
 */
import type { EventType } from '../../event/types.js';
import type { Rule } from '../rule.js';

const CLICKS: EventType[] = ['cta', 'track'];

export const ctaLabelRules: Rule[] = [
  {
    id: 'cta-buy',
    stage: 'conversion',
    // Only `cta`: as a `track` name, "purchase" is the completed order (rule purchase).
    match: {
      type: 'cta',
      name: [
        'buy now', 'buy', 'buy it now', 'purchase', 'order now', 'place order', 'pay now', 'checkout',
        'proceed to checkout', 'complete purchase', 'complete order',
        'купить', 'купить сейчас', 'купить в один клик', 'оформить заказ', 'оплатить', 'заказать',
        'acquista', 'acquista ora', 'compra', 'compra ora', 'procedi all\'acquisto', 'vai alla cassa', 'paga ora', 'ordina ora',
        'jetzt kaufen', 'kaufen', 'zur Kasse', 'zur Kasse gehen', 'jetzt bestellen', 'bestellen', 'kostenpflichtig bestellen',
        'acheter', 'acheter maintenant', 'commander', 'passer la commande', 'passer commande', 'payer', 'valider la commande',
        'comprar', 'comprar ahora', 'pagar', 'realizar pedido', 'tramitar pedido', 'finalizar compra', 'hacer pedido',
      ],
    },
    why: 'A buy button starts the conversion; the order event completes it.',
  },
  {
    id: 'cta-sign-up',
    stage: 'conversion',
    // Only `cta`: as a `track` name, sign_up is the completed sign-up (rule sign-up).
    match: {
      type: 'cta',
      name: [
        'sign up', 'signup', 'sign up free', 'register', 'create account', 'create an account', 'get started',
        'start free trial', 'start your free trial', 'try for free', 'try it free', 'join now', 'join',
        'зарегистрироваться', 'регистрация', 'создать аккаунт', 'попробовать бесплатно', 'начать бесплатно',
        'iscriviti', 'registrati', 'crea un account', 'prova gratis', 'inizia ora',
        'registrieren', 'jetzt registrieren', 'Konto erstellen', 'kostenlos testen', 'kostenlos registrieren',
        's\'inscrire', 'inscrivez-vous', 'inscription', 'créer un compte', 'essai gratuit', 'essayer gratuitement',
        'registrarse', 'regístrate', 'crear cuenta', 'crear una cuenta', 'prueba gratis', 'empieza gratis',
      ],
    },
    why: 'A sign-up button starts the conversion of sites that sell accounts; sign_up completes it.',
  },
  {
    id: 'cta-completion-name',
    stage: 'conversion',
    // The completion events (rules purchase, sign-up, generate-lead, lead-won) only apply to `track` and `checkout`.
    match: {
      type: 'cta',
      name: ['Order Completed', 'Completed Order', 'transaction', 'in_app_purchase', 'Signed Up', 'Account Created', 'generate_lead', 'close_convert_lead'],
    },
    why: 'A CTA named after a completion event is a click on the way to it, not the completion: conversion, without the act.',
  },
  {
    id: 'cta-subscribe',
    stage: 'conversion',
    match: {
      type: CLICKS,
      name: [
        'subscribe', 'subscribe to newsletter', 'подписаться', 'подписаться на рассылку', 'abbonati',
        'iscriviti alla newsletter', 'abonnieren', 'Newsletter abonnieren', 's\'abonner', 'abonnez-vous',
        'suscribirse', 'suscríbete',
      ],
    },
    why: 'Subscribing hands over contact details: a (lead) conversion.',
  },
  {
    id: 'cta-learn-more',
    stage: 'consideration',
    match: {
      type: CLICKS,
      name: [
        'learn more', 'read more', 'more info', 'more information', 'see details', 'view details', 'details',
        'find out more', 'discover',
        'подробнее', 'узнать больше', 'узнать подробнее', 'читать далее', 'читать дальше',
        'scopri di più', 'scopri', 'leggi di più', 'maggiori informazioni', 'dettagli', 'vedi dettagli',
        'mehr erfahren', 'weiterlesen', 'mehr lesen', 'mehr Infos', 'mehr Informationen',
        'en savoir plus', 'découvrir', 'lire la suite', 'plus d\'infos', 'voir les détails', 'voir plus',
        'más información', 'saber más', 'leer más', 'ver más', 'ver detalles', 'descubrir', 'descubre más',
      ],
    },
    why: 'Asking for more is the move from noticing to evaluating.',
  },
  {
    id: 'cta-pricing',
    stage: 'consideration',
    match: {
      type: CLICKS,
      name: [
        'see pricing', 'view pricing', 'pricing', 'see plans', 'view plans', 'compare plans', 'compare',
        'цены', 'посмотреть цены', 'тарифы', 'сравнить тарифы', 'сравнить',
        'prezzi', 'vedi prezzi', 'piani', 'confronta i piani', 'confronta',
        'Preise', 'Preise ansehen', 'Tarife vergleichen', 'vergleichen',
        'tarifs', 'voir les tarifs', 'voir les prix', 'comparer les offres', 'comparer',
        'precios', 'ver precios', 'planes', 'comparar planes', 'comparar',
      ],
    },
    why: 'Prices and comparisons are evaluation.',
  },
  {
    id: 'cta-contact-sales',
    stage: 'consideration',
    match: {
      type: CLICKS,
      name: [
        'request a demo', 'book a demo', 'get a demo', 'watch demo', 'contact sales', 'talk to sales',
        'get a quote', 'request a quote', 'contact us',
        'запросить демо', 'заказать демо', 'связаться с нами', 'связаться с отделом продаж', 'получить предложение',
        'richiedi una demo', 'prenota una demo', 'contattaci', 'contatta le vendite', 'richiedi un preventivo',
        'Demo anfordern', 'Demo buchen', 'Kontakt', 'kontaktieren Sie uns', 'Vertrieb kontaktieren', 'Angebot anfordern',
        'demander une démo', 'réserver une démo', 'contactez-nous', 'contacter les ventes', 'demander un devis',
        'solicitar una demo', 'reservar una demo', 'contáctanos', 'contactar con ventas', 'solicitar presupuesto', 'pedir presupuesto',
      ],
    },
    why: 'A demo or a quote is a closer look before deciding, like the demo page.',
  },
  {
    id: 'cta-reorder',
    stage: 'retention',
    match: {
      type: CLICKS,
      name: [
        'reorder', 're-order', 'order again', 'buy again',
        'повторить заказ', 'заказать снова', 'заказать ещё раз',
        'riordina', 'ordina di nuovo', 'ordina ancora', 'acquista di nuovo',
        'erneut bestellen', 'nochmal bestellen', 'wieder bestellen', 'erneut kaufen',
        'commander à nouveau', 'commander de nouveau', 'racheter',
        'volver a pedir', 'repetir pedido', 'comprar de nuevo', 'volver a comprar',
      ],
    },
    why: 'Reordering is repeat business; it needs an earlier purchase to count as retention (see the lifecycle).',
  },
  {
    id: 'cta-support',
    stage: 'retention',
    match: {
      type: CLICKS,
      name: [
        'track order', 'track my order', 'contact support', 'support', 'help', 'get help', 'returns',
        'отследить заказ', 'поддержка', 'служба поддержки', 'помощь',
        'traccia l\'ordine', 'traccia ordine', 'assistenza', 'supporto', 'contatta l\'assistenza',
        'Sendung verfolgen', 'Bestellung verfolgen', 'Kundenservice', 'Hilfe',
        'suivre ma commande', 'suivre la commande', 'assistance', 'aide', 'contacter le support',
        'seguir pedido', 'rastrear pedido', 'soporte', 'ayuda', 'contactar con soporte',
      ],
    },
    why: 'Order tracking and support are after-sale service.',
  },
  // Labels no list above names exactly ("Pay €49", "Start Pro trial", "Choose Team"), by their leading
  // words, in English only. A lower priority: every exact label above, and every event rule, wins.
  {
    id: 'cta-buy-words',
    stage: 'conversion',
    priority: -1,
    match: { type: 'cta', name: { regex: '^\\W*(?:buy|pay|purchase|check ?out)\\b', flags: 'i' } },
    why: 'A label that starts with buy or pay ("Buy lifetime", "Pay €49") is a buy button.',
  },
  {
    id: 'cta-trial-words',
    stage: 'conversion',
    priority: -1,
    match: {
      type: 'cta',
      name: { regex: '^\\W*(?:(?:start|begin|try)\\b.*\\btrial|try\\b.*\\bfree|free trial|sign ?up|create (?:an |your )?account|register)\\b', flags: 'i' },
    },
    why: 'A label that starts by asking for a trial or an account ("Start Pro trial", "Sign up with Google") is a sign-up button.',
  },
  {
    id: 'cta-plan-words',
    stage: 'conversion',
    priority: -1,
    match: {
      type: 'cta',
      name: {
        regex:
          '^\\W*(?:choose|select|pick|get|go|upgrade to)\\s+(?:the\\s+|this\\s+)?(?:plan|pro|team|teams|business|enterprise|premium|basic|starter|plus|growth|lifetime|annual|yearly|monthly)\\b',
        flags: 'i',
      },
    },
    why: 'Picking a plan on a pricing page ("Choose Team", "Get Pro") is the start of buying it.',
  },
  {
    id: 'cta-explore-words',
    stage: 'consideration',
    priority: -1,
    match: {
      type: CLICKS,
      name: {
        regex: '^\\W*(?:learn|compare|explore|discover|(?:see|view|read)\\s+(?:all\\s+|the\\s+)?(?:features|details|plans|pricing|prices|specs|reviews|more|demo))\\b',
        flags: 'i',
      },
    },
    why: 'A label that asks to learn, compare or see features, plans or details ("Compare all plans", "View specs") is evaluation.',
  },
];
