/**
 * Default rules for Cairn's own `page` events, by URL path segment.
 *
 * A path can name several stages ("/checkout/review", "/account/orders/7/review"), so page rules
 * carry priorities: the checkout flow first (a page inside it is part of converting, whatever its
 * last segment says), then advocacy, retention, consideration and awareness. Segments match
 * whole, so "/blog/pricing-explained" is a blog post, not the pricing page.
 */
import type { Rule } from '../rule.js';

/** Page-rule priorities: which stage a path that names several stages belongs to. */
const PAGE_PRIORITY = {
  home: 0,
  awareness: 10,
  consideration: 20,
  retention: 30,
  advocacy: 40,
  conversion: 50,
} as const;

function segments(...names: string[]): string {
  return names.length === 1 ? `**/${names[0]}/**` : `**/{${names.join(',')}}/**`;
}

export const pageRules: Rule[] = [
  {
    id: 'page-home',
    stage: 'awareness',
    priority: PAGE_PRIORITY.home,
    match: { type: 'page', path: { regex: '^/(?:[a-z]{2}(?:-[a-z]{2})?)?$' } },
    why: 'The home page (or a locale root such as /it or /pt-br) is where people first meet the brand.',
  },
  {
    id: 'page-blog',
    stage: 'awareness',
    priority: PAGE_PRIORITY.awareness,
    match: { type: 'page', path: segments('blog', 'blogs') },
    why: 'Blog readers are looking for information, not yet at the offer.',
  },
  {
    id: 'page-article',
    stage: 'awareness',
    priority: PAGE_PRIORITY.awareness,
    match: { type: 'page', path: segments('article', 'articles', 'posts', 'stories') },
    why: 'Editorial content serves people who are learning about a need.',
  },
  {
    id: 'page-news',
    stage: 'awareness',
    priority: PAGE_PRIORITY.awareness,
    match: { type: 'page', path: segments('news', 'press', 'newsroom') },
    why: 'News and press pages introduce the company to people who do not know it yet.',
  },
  {
    id: 'page-guide',
    stage: 'awareness',
    priority: PAGE_PRIORITY.awareness,
    match: { type: 'page', path: segments('guide', 'guides', 'how-to', 'learn', 'resources') },
    why: 'Guides answer the questions people have before they look at any product.',
  },
  {
    id: 'page-landing',
    stage: 'awareness',
    priority: PAGE_PRIORITY.awareness,
    match: { type: 'page', path: segments('landing', 'landing-page', 'landing-pages', 'lp') },
    why: 'Campaign landing pages are the first touch of a campaign.',
  },
  {
    id: 'page-pricing',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('pricing', 'prices', 'plans', 'plan', 'tariffs') },
    why: 'Looking at prices means weighing the offer.',
  },
  {
    id: 'page-compare',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('compare', 'comparison', 'vs', 'alternatives') },
    why: 'Comparisons are evaluation by definition.',
  },
  {
    id: 'page-product',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: {
      type: 'page',
      path: segments('product', 'products', 'item', 'items', 'shop', 'store', 'catalog', 'catalogue', 'collections', 'category', 'categories'),
    },
    why: 'Product and catalogue pages are where visitors evaluate what to buy.',
  },
  {
    id: 'page-features',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('features', 'feature', 'tour', 'how-it-works', 'solutions') },
    why: 'Feature pages answer "does it do what I need?".',
  },
  {
    id: 'page-reviews',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('reviews', 'ratings') },
    why: 'Reading other people\'s reviews is evaluation; writing one (see page-review) is advocacy.',
  },
  {
    id: 'page-demo',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('demo', 'demos', 'request-demo', 'book-demo', 'trial') },
    why: 'A demo is a closer look before a decision.',
  },
  {
    id: 'page-case-studies',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('case-studies', 'case-study', 'customers', 'customer-stories', 'success-stories') },
    why: 'Case studies are proof sought by people who are evaluating.',
  },
  {
    id: 'page-faq',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('faq', 'faqs') },
    why: 'Pre-sale questions (shipping, returns, sizes) are asked while deciding.',
  },
  {
    id: 'page-search',
    stage: 'consideration',
    priority: PAGE_PRIORITY.consideration,
    match: { type: 'page', path: segments('search') },
    why: 'Searching the catalogue is looking for something to buy.',
  },
  {
    id: 'page-cart',
    stage: 'conversion',
    priority: PAGE_PRIORITY.conversion,
    match: { type: 'page', path: segments('cart', 'basket', 'bag') },
    why: 'The cart is the door of the checkout.',
  },
  {
    id: 'page-checkout',
    stage: 'conversion',
    priority: PAGE_PRIORITY.conversion,
    match: { type: 'page', path: segments('checkout', 'check-out') },
    why: 'Every checkout page is part of converting, whatever its last segment says.',
  },
  {
    id: 'page-order-confirmation',
    stage: 'conversion',
    priority: PAGE_PRIORITY.conversion,
    act: 'purchase',
    match: { type: 'page', path: segments('order-confirmation', 'order-confirmed', 'order-complete', 'order-received') },
    why: 'An order confirmation page is only shown after a completed order: it counts as the purchase itself.',
  },
  {
    id: 'page-thank-you',
    stage: 'conversion',
    priority: PAGE_PRIORITY.conversion,
    match: { type: 'page', path: segments('thank-you', 'thankyou', 'thanks') },
    why: 'Thank-you pages close a conversion; not an act on their own, since sites also thank for a form or a newsletter.',
  },
  {
    id: 'page-orders',
    stage: 'retention',
    priority: PAGE_PRIORITY.retention,
    match: { type: 'page', path: segments('orders', 'order-history', 'my-orders', 'order-status', 'track-order') },
    why: 'Past orders are looked at by customers.',
  },
  {
    id: 'page-reorder',
    stage: 'retention',
    priority: PAGE_PRIORITY.retention,
    match: { type: 'page', path: segments('reorder', 're-order', 'buy-again') },
    why: 'Reordering is the repeat business retention is about.',
  },
  {
    id: 'page-subscription',
    stage: 'retention',
    priority: PAGE_PRIORITY.retention,
    match: { type: 'page', path: segments('subscription', 'subscriptions', 'billing', 'membership', 'renew') },
    why: 'Managing a subscription means being a customer.',
  },
  {
    id: 'page-support',
    stage: 'retention',
    priority: PAGE_PRIORITY.retention,
    match: { type: 'page', path: segments('support', 'help', 'helpdesk', 'help-center', 'returns') },
    why: 'After-sale support keeps customers; pre-sale questions live in the FAQ (consideration).',
  },
  {
    id: 'page-account',
    stage: 'retention',
    priority: PAGE_PRIORITY.retention,
    match: { type: 'page', path: segments('account', 'my-account', 'profile', 'settings', 'login', 'signin', 'sign-in') },
    why: 'Account pages are used by people who already have a relationship with the site (after the more specific account pages above).',
  },
  {
    id: 'page-refer',
    stage: 'advocacy',
    priority: PAGE_PRIORITY.advocacy,
    match: { type: 'page', path: segments('refer', 'referral', 'referrals', 'refer-a-friend') },
    why: 'Referral pages are for people ready to recommend; a view alone is not the act, so non-customers stay in consideration.',
  },
  {
    id: 'page-invite',
    stage: 'advocacy',
    priority: PAGE_PRIORITY.advocacy,
    match: { type: 'page', path: segments('invite', 'invites', 'invite-friends', 'invite-a-friend') },
    why: 'Inviting friends is advocacy; the page view still needs a customer behind it.',
  },
  {
    id: 'page-review',
    stage: 'advocacy',
    priority: PAGE_PRIORITY.advocacy,
    match: { type: 'page', path: segments('review', 'write-a-review', 'write-review') },
    why: 'The page where a customer writes a review (the review list, "reviews", is consideration).',
  },
  {
    id: 'page-share',
    stage: 'advocacy',
    priority: PAGE_PRIORITY.advocacy,
    match: { type: 'page', path: segments('share') },
    why: 'Share pages exist to spread the word.',
  },
  {
    id: 'page-testimonials',
    stage: 'advocacy',
    priority: PAGE_PRIORITY.advocacy,
    match: { type: 'page', path: segments('testimonials', 'testimonial') },
    why: 'Testimonials are the voice of advocates; a non-customer reading them is still considering (see the lifecycle).',
  },
  {
    id: 'page-campaign-landing',
    stage: 'awareness',
    priority: -10,
    // The URL's own utm_source, not only the session's: a tracker copies the landing page's campaign onto
    // every event of the session, and the later pages of that visit were not reached from the campaign.
    match: { type: 'page', utm: { source: { exists: true } }, query: { utm_source: { exists: true } } },
    why: 'The page a tagged campaign landed on (its URL carries utm_source), on a path no other rule knows: the campaign made the visitor aware.',
  },
];
