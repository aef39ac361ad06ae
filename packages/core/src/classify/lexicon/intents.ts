/**
 * The default intents: each kind of click a CTA label can express, with the stage today's rules
 * give it. The reasoning is the same as for the rule table (see `docs/stages.md`).
 */
import type { Intent } from './types.js';

export const defaultIntents: readonly Intent[] = [
  {
    id: 'add-to-cart',
    stage: 'consideration',
    why: 'Adding to the cart is intent while still deciding: most carts are abandoned, and add-to-cart rate is a consideration KPI.',
  },
  { id: 'view-cart', stage: 'conversion', why: 'Opening the cart is the first step of checking out.' },
  { id: 'checkout', stage: 'conversion', why: 'A buy, check-out or place-order button starts the conversion; the order event completes it.' },
  {
    id: 'sign-up',
    stage: 'conversion',
    why: 'A sign-up or create-account button starts the conversion of sites that sell accounts; sign_up completes it.',
  },
  { id: 'subscribe', stage: 'conversion', why: 'Subscribing hands over contact details: a (lead) conversion.' },
  {
    id: 'details',
    stage: 'consideration',
    why: 'Details, options, comparisons, prices and "see it in your space" are evaluation: the move from noticing to weighing.',
  },
  { id: 'contact-sales', stage: 'consideration', why: 'A demo, a quote or contacting sales is a closer look before deciding, like the demo page.' },
  { id: 'search', stage: 'consideration', why: 'Searching the site is looking for something specific.' },
  { id: 'wishlist', stage: 'consideration', why: 'Saving for later is interest without commitment.' },
  { id: 'content', stage: 'awareness', why: 'Reading an article or watching a video is information seeking.' },
  {
    id: 'sign-in',
    stage: 'retention',
    why: 'Signing in is account activity: people come back to an account they have (the lifecycle keeps prospects in consideration).',
  },
  { id: 'account', stage: 'retention', why: 'Account details, addresses and settings are used by people who already have a relationship.' },
  {
    id: 'orders',
    stage: 'retention',
    why: 'Reordering, order history, tracking and returns are after-sale: repeat business and service.',
  },
  { id: 'support', stage: 'retention', why: 'Help and customer service are after-sale service.' },
  { id: 'share', stage: 'advocacy', act: 'share', why: 'Sharing puts the brand in front of other people: an explicit advocacy act.' },
  { id: 'review', stage: 'advocacy', act: 'review', why: 'Writing a review is public advocacy, whether or not we saw the purchase.' },
  { id: 'refer', stage: 'advocacy', act: 'referral', why: 'Inviting or referring someone is the strongest advocacy act.' },
  {
    id: 'noise',
    stage: null,
    why: 'Interface controls (close, cancel, menu, sort, filter, back, pagination, language and currency pickers) are not journey signals.',
  },
  {
    id: 'generic',
    stage: null,
    context: true,
    why: 'The label says nothing by itself ("Continue", "OK"): where the click goes, or the page it was on, decides.',
  },
];
