// Realistic synthetic Cairn events for benchmarks: seeded, so every run sees the same data.
//
// Visitors come back over several weeks in sessions from search, social, email, paid and direct
// traffic (with UTMs, click ids and referrers), read the blog, browse products, click CTAs
// labelled in English, Russian, Italian, German, French or Spanish, put things in the cart,
// check out (about 3–4% of visits end in a purchase with value and currency), sign in (identify),
// answer NPS/CSAT/CES surveys, buy again, reorder, review, share and invite. Sites differ in the
// vocabulary of their custom events: Cairn's own, GA4 or Segment Ecommerce v2 names. Web vitals
// and events no rule knows are mixed in, as in real logs.

/** mulberry32: a tiny, fast, seeded PRNG (uniform in [0, 1)). */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2026, 9, 1); // 2026-10-01
const DAY = 86_400_000;
const MINUTE = 60_000;
const SITE = 'https://shop.example';

const LOCALES = [
  ['en', 0.5],
  ['ru', 0.1],
  ['it', 0.1],
  ['de', 0.1],
  ['fr', 0.1],
  ['es', 0.1],
];

// Visible CTA labels, as shops write them (with their own case and punctuation).
const LABELS = {
  learnMore: { en: 'Learn more', ru: 'Подробнее', it: 'Scopri di più', de: 'Mehr erfahren', fr: 'En savoir plus', es: 'Más información' },
  addToCart: { en: 'Add to cart', ru: 'В корзину', it: 'Aggiungi al carrello', de: 'In den Warenkorb', fr: 'Ajouter au panier', es: 'Añadir al carrito' },
  buyNow: { en: 'Buy now', ru: 'Купить', it: 'Acquista', de: 'Jetzt kaufen', fr: 'Acheter', es: 'Comprar' },
  signUp: { en: 'Sign up', ru: 'Зарегистрироваться', it: 'Iscriviti', de: 'Registrieren', fr: "S'inscrire", es: 'Regístrate' },
  share: { en: 'Share', ru: 'Поделиться', it: 'Condividi', de: 'Teilen', fr: 'Partager', es: 'Compartir' },
  review: { en: 'Write a review', ru: 'Оставить отзыв', it: 'Scrivi una recensione', de: 'Bewertung schreiben', fr: 'Écrire un avis', es: 'Escribir una reseña' },
  reorder: { en: 'Reorder', ru: 'Повторить заказ', it: 'Riordina', de: 'Erneut bestellen', fr: 'Commander à nouveau', es: 'Volver a pedir' },
  invite: { en: 'Invite a friend', ru: 'Пригласить друга', it: 'Invita un amico', de: 'Freunde einladen', fr: 'Inviter un ami', es: 'Invitar a un amigo' },
  pricing: { en: 'See pricing', ru: 'Цены', it: 'Vedi prezzi', de: 'Preise', fr: 'Voir les tarifs', es: 'Ver precios' },
  unknown: { en: 'Close', ru: 'Закрыть', it: 'Chiudi', de: 'Schließen', fr: 'Fermer', es: 'Cerrar' },
};

// Custom-event names per site vocabulary.
const VOCABULARY = {
  cairn: { viewItem: null, addToCart: null, beginCheckout: null, purchase: null, search: 'search', signUp: 'sign_up' },
  ga4: { viewItem: 'view_item', addToCart: 'add_to_cart', beginCheckout: 'begin_checkout', purchase: 'purchase', search: 'view_search_results', signUp: 'sign_up' },
  segment: { viewItem: 'Product Viewed', addToCart: 'Product Added', beginCheckout: 'Checkout Started', purchase: 'Order Completed', search: 'Products Searched', signUp: 'Signed Up' },
};

const CHANNELS = [
  ['search', 0.35],
  ['direct', 0.2],
  ['social', 0.15],
  ['email', 0.1],
  ['paid', 0.15],
  ['referral', 0.05],
];

const CURRENCIES = ['EUR', 'USD', 'GBP', 'RUB'];
const UNKNOWN_TRACK = ['newsletter_popup_shown', 'chat_opened', 'cookie_banner_closed', 'theme_toggled'];
const VITALS = ['LCP', 'CLS', 'INP', 'FCP', 'TTFB'];

function pickWeighted(random, table) {
  let r = random();
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `bytes` random bytes as hex. */
function hex(random, bytes) {
  let out = '';
  for (let i = 0; i < bytes; i++) out += BYTE_HEX[(random() * 256) | 0];
  return out;
}

function uuid(random) {
  return `${hex(random, 4)}-${hex(random, 2)}-4${hex(random, 2).slice(1)}-a${hex(random, 2).slice(1)}-${hex(random, 6)}`;
}

function trafficSource(random, channel) {
  switch (channel) {
    case 'search':
      return { referrer: pick(random, ['https://www.google.com/', 'https://www.bing.com/', 'https://duckduckgo.com/', 'https://yandex.ru/']) };
    case 'social': {
      const source = pick(random, ['facebook', 'instagram', 'linkedin', 'twitter', 'vk']);
      return { utm: { source, medium: 'social', campaign: 'autumn-launch' }, referrer: `https://${source === 'twitter' ? 't.co' : `${source}.com`}/` };
    }
    case 'email':
      return { utm: { source: 'newsletter', medium: 'email', campaign: pick(random, ['weekly', 'winback', 'black-friday']) } };
    case 'paid':
      return random() < 0.5
        ? { utm: { source: 'google', medium: 'cpc', campaign: 'brand', term: 'running shoes' }, query: `gclid=${hex(random, 10)}` }
        : { utm: { source: pick(random, ['facebook', 'instagram']), medium: 'paid_social', campaign: 'retargeting' } };
    case 'referral':
      return { referrer: pick(random, ['https://runnersworld.example/best-shoes', 'https://forum.example/t/42']) };
    default:
      return {};
  }
}

/**
 * Generates `events` synthetic events for about `visitors` visitors, ordered by time (as a
 * collector's log), deterministic for a given `seed`.
 *
 * @param {{ events?: number, visitors?: number, seed?: number, order?: 'time' | 'visitor' }} [options]
 * @returns {import('@cairn/core').CairnEvent[]}
 */
export function generateEvents({ events = 1_000_000, visitors = Math.max(1, Math.round(events / 10)), seed = 42, order = 'time' } = {}) {
  const random = createRandom(seed);
  const out = [];
  // A visit yields about EVENTS_PER_VISIT events; prospects come back with the probability that
  // gives about events / visitors events per visitor (customers come back more often).
  const visitsPerVisitor = Math.max(1, events / visitors / EVENTS_PER_VISIT);
  const comeBack = Math.min(0.95, 1 - 1 / visitsPerVisitor);
  let visitorNumber = 0;
  while (out.length < events) visitorJourney(random, visitorNumber++, events - out.length, comeBack, out);
  if (order === 'time') out.sort((a, b) => a.ts - b.ts || a.seq - b.seq);
  return out;
}

/** Measured mean events per visit of the model below (pages, vitals, CTAs, custom events, checkout). */
const EVENTS_PER_VISIT = 6.5;

function visitorJourney(random, n, budget, comeBack, out) {
  const anonymousId = `anon-${n.toString(36)}-${hex(random, 3)}`;
  const locale = pickWeighted(random, LOCALES);
  const vocabulary = pickWeighted(random, [
    ['cairn', 0.6],
    ['ga4', 0.25],
    ['segment', 0.15],
  ]);
  const names = VOCABULARY[vocabulary];
  const prefix = locale === 'en' || random() < 0.5 ? '' : `/${locale}`;
  let ts = START + Math.floor(random() * 30 * DAY);
  let seq = 0;
  let userId;
  let orders = 0;
  let emitted = 0;
  let session = 0;

  const emit = (type, name, extra) => {
    if (emitted >= budget) return false;
    const event = { id: uuid(random), type, name, ts, anonymousId, sessionId: `${anonymousId}-s${session}`, seq: seq++ };
    if (userId !== undefined) event.userId = userId;
    if (extra !== undefined) Object.assign(event, extra);
    out.push(event);
    emitted++;
    ts += Math.floor(5_000 + random() * 85_000);
    return true;
  };

  const page = (path, source, title) => {
    const url = source?.query ? `${SITE}${path}?${source.query}` : `${SITE}${path}`;
    const extra = { url, title: title ?? path };
    if (source?.referrer) extra.referrer = source.referrer;
    if (source?.utm) extra.utm = source.utm;
    const ok = emit('page', path, extra);
    if (ok && random() < 0.3) emit('vital', pick(random, VITALS), { url, props: { value: Math.round(random() * 3000), rating: 'good' } });
    return ok;
  };
  const cta = (intent, props) => emit('cta', LABELS[intent][locale], { url: `${SITE}${prefix}/`, ...(props ? { props } : {}) });
  const track = (name, props) => name !== null && emit('track', name, props ? { props } : undefined);
  const buy = (product, source) => {
    const orderId = `o-${n}-${orders++}`;
    const purchase = { orderId, value: Math.round(20 + random() * 300) + 0.99, currency: pick(random, CURRENCIES), items: [{ id: product, quantity: 1 }] };
    if (userId === undefined && random() < 0.5) {
      userId = `user-${n}`;
      emit('identify', userId, { props: { plan: 'customer' } });
    }
    emit('checkout', 'purchase', { url: `${SITE}/checkout/purchase`, props: purchase });
    track(names.purchase, purchase);
    page(`${prefix}/order-confirmation`, source);
  };

  while (emitted < budget) {
    const channel = pickWeighted(random, CHANNELS);
    const source = trafficSource(random, channel);
    const customer = orders > 0;
    const product = `/products/${pick(random, ['trail-runner', 'road-racer', 'city-walker', 'hiking-boot', 'rain-jacket'])}-${Math.floor(random() * 200)}`;

    // Landing.
    if (customer && channel === 'direct' && random() < 0.6) page(`${prefix}/account`, source);
    else if (channel === 'search' && random() < 0.6) page(`${prefix}/blog/${pick(random, ['how-to-choose-running-shoes', 'marathon-training-plan', 'best-trails-2026', 'waterproofing-guide'])}`, source);
    else if ((channel === 'paid' || channel === 'email') && random() < 0.5) page(`${prefix}/landing/${pick(random, ['autumn', 'black-friday', 'new-collection'])}`, source);
    else if (random() < 0.3) page(`${prefix}${product}`, source);
    else page(`${prefix}/`, source);

    // Browsing.
    const views = 1 + Math.floor(random() * 4);
    for (let i = 0; i < views && emitted < budget; i++) {
      const roll = random();
      if (roll < 0.45) {
        page(`${prefix}${product}`, source);
        track(names.viewItem, { productId: product });
      } else if (roll < 0.55) page(`${prefix}/pricing`, source);
      else if (roll < 0.62) page(`${prefix}/products/${product.split('/')[2]}/reviews`, source);
      else if (roll < 0.67) page(`${prefix}/faq`, source);
      else if (roll < 0.72) page(`${prefix}/compare`, source);
      else if (roll < 0.8) page(`${prefix}/${pick(random, ['about', 'contact', 'stores', 'careers'])}`, source);
      else if (roll < 0.86) track(names.search, { query: 'shoes' });
      else if (roll < 0.9) track(pick(random, UNKNOWN_TRACK));
      else if (roll < 0.95) cta(pick(random, ['learnMore', 'pricing', 'unknown']));
      else page(`${prefix}/blog/${pick(random, ['trail-stories', 'gear-review-2026'])}`, source);
    }

    // Intent and checkout.
    if (random() < 0.3) {
      cta(random() < 0.8 ? 'addToCart' : 'buyNow', { productId: product });
      track(names.addToCart, { productId: product });
      if (random() < 0.7) {
        page(`${prefix}/cart`, source);
        if (random() < 0.65) {
          emit('checkout', 'begin', { url: `${SITE}/checkout` });
          track(names.beginCheckout);
          if (random() < 0.75) emit('checkout', 'shipping', { url: `${SITE}/checkout/shipping` });
          if (random() < 0.7) emit('checkout', 'payment', { url: `${SITE}/checkout/payment` });
          if (random() < 0.3) {
            emit('checkout', 'review', { url: `${SITE}/checkout/review` });
            if (random() < 0.85) {
              buy(product, source);
            }
          }
        }
      }
    } else if (!customer && random() < 0.04) {
      cta('signUp');
      track(names.signUp);
    }

    // On-site survey widgets ask everybody now and then.
    if (random() < 0.01) {
      const score = Math.floor(random() * 11);
      emit('survey', 'nps', { props: { kind: 'nps', score } });
    }

    // After-sale life of customers.
    if (customer && random() < 0.6) {
      const roll = random();
      if (roll < 0.35) {
        page(`${prefix}/account/orders`, source);
        if (random() < 0.6) {
          cta('reorder');
          // A reorder skips browsing: straight to the payment, often completed.
          if (random() < 0.6) buy(product, source);
        }
      } else if (roll < 0.5) page(`${prefix}/support`, source);
      else if (roll < 0.72) {
        const kind = pickWeighted(random, [
          ['nps', 0.5],
          ['csat', 0.3],
          ['ces', 0.2],
        ]);
        const score = kind === 'nps' ? Math.floor(random() * 11) : kind === 'csat' ? 1 + Math.floor(random() * 5) : 1 + Math.floor(random() * 7);
        emit('survey', kind, { props: { kind, score } });
      } else if (roll < 0.82) cta('review');
      else if (roll < 0.91) cta('share');
      else cta('invite');
      if (userId !== undefined && random() < 0.3) emit('identify', userId);
    }

    // The next visit: hours to weeks later; most visitors do not come back often.
    session++;
    if (random() > (customer ? Math.max(comeBack, 0.6) : comeBack) || session >= 30) break;
    ts += Math.floor((0.5 + random() * 14) * DAY * random()) + 31 * MINUTE;
  }
  }
