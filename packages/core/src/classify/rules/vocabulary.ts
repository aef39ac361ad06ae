/**
 * Default rules for the event names of the common analytics vocabularies — GA4 recommended and
 * automatic events, the Segment Ecommerce Spec v2 (and its v1 aliases), Snowplow ecommerce action
 * types. Names are compared in normal form, so `add_to_cart`, "Add to cart" and "ADD-TO-CART!"
 * are one name. CTA labels in every language are the lexicon's (see `cta-intents.ts`).
 *
 * Rules that complete a conversion (`act`) only apply to `track` and `checkout` events: a click on
 * a button labelled "Purchase" is not a purchase (see the CTA rules).
 */
import type { EventType } from '../../event/types.js';
import type { Rule } from '../rule.js';

const NAMED: EventType[] = ['cta', 'track', 'checkout'];
const COMPLETED: EventType[] = ['track', 'checkout'];

export const vocabularyRules: Rule[] = [
  // Awareness
  {
    id: 'visit',
    stage: 'awareness',
    match: { type: NAMED, name: ['page_view', 'first_visit', 'session_start', '$pageview', 'Page Viewed'] },
    why: 'Visits without a known page (GA4 and PostHog automatic events): the minimum evidence of awareness.',
  },
  {
    id: 'content-engagement',
    stage: 'awareness',
    match: {
      type: NAMED,
      name: ['scroll', 'user_engagement', 'video_start', 'video_progress', 'video_complete', 'ad_impression'],
    },
    why: 'Reading, scrolling and watching content (GA4 enhanced measurement) is information seeking.',
  },
  {
    id: 'promotion-view',
    stage: 'awareness',
    match: { type: NAMED, name: ['view_promotion', 'promo_view', 'Promotion Viewed', 'Viewed Promotion'] },
    why: 'Seeing a promotion is exposure, not yet interest.',
  },
  // Consideration
  {
    id: 'search',
    stage: 'consideration',
    match: { type: NAMED, name: ['search', 'view_search_results', 'Products Searched', 'Searched Products'] },
    why: 'Searching the site is looking for something specific.',
  },
  {
    id: 'product-list',
    stage: 'consideration',
    match: {
      type: NAMED,
      name: ['view_item_list', 'list_view', 'Product List Viewed', 'Product List Filtered', 'Viewed Product Category'],
    },
    why: 'Browsing and filtering a product list is comparing options.',
  },
  {
    id: 'product-select',
    stage: 'consideration',
    match: { type: NAMED, name: ['select_item', 'list_click', 'Product Clicked', 'Clicked Product', 'select_content'] },
    why: 'Choosing an item from a list to look at it closely.',
  },
  {
    id: 'promotion-click',
    stage: 'consideration',
    match: { type: NAMED, name: ['select_promotion', 'promo_click', 'Promotion Clicked', 'Clicked Promotion'] },
    why: 'Clicking a promotion turns exposure into interest.',
  },
  {
    id: 'product-view',
    stage: 'consideration',
    match: { type: NAMED, name: ['view_item', 'product_view', 'Product Viewed', 'Viewed Product'] },
    why: 'A product detail view is evaluation.',
  },
  {
    id: 'add-to-cart',
    stage: 'consideration',
    match: {
      type: NAMED,
      name: ['add_to_cart', 'Product Added', 'Wishlist Product Added to Cart'],
    },
    why: 'Adding to the cart is intent while still deciding: most carts are abandoned, and add-to-cart rate is a consideration KPI.',
  },
  {
    id: 'remove-from-cart',
    stage: 'consideration',
    match: { type: NAMED, name: ['remove_from_cart', 'Product Removed', 'Removed Product'] },
    why: 'Editing the cart is still weighing the choice.',
  },
  {
    id: 'wishlist',
    stage: 'consideration',
    match: {
      type: NAMED,
      name: ['add_to_wishlist', 'Product Added to Wishlist', 'Product Removed from Wishlist'],
    },
    why: 'Saving for later is interest without commitment.',
  },
  {
    id: 'engagement',
    stage: 'consideration',
    match: { type: NAMED, name: ['file_download', 'form_start', 'form_submit'] },
    why: 'Downloading a spec sheet or filling a form is active evaluation; the lead itself is generate_lead.',
  },
  {
    id: 'lead-in-progress',
    stage: 'consideration',
    match: { type: NAMED, name: ['working_lead'] },
    why: 'Sales is talking to the lead: still deciding.',
  },
  // Conversion
  {
    id: 'view-cart',
    stage: 'conversion',
    match: {
      type: NAMED,
      name: ['view_cart', 'Cart Viewed', 'Viewed Cart', 'cart'],
    },
    why: 'Opening the cart is the first step of checking out.',
  },
  {
    id: 'checkout-progress',
    stage: 'conversion',
    match: {
      type: NAMED,
      name: [
        'begin_checkout', 'Checkout Started', 'Started Checkout', 'checkout_step', 'Checkout Step Viewed',
        'Viewed Checkout Step', 'Checkout Step Completed', 'Completed Checkout Step', 'add_shipping_info',
        'add_payment_info', 'Payment Info Entered',
      ],
    },
    why: 'Checkout steps are the conversion in progress.',
  },
  {
    id: 'coupon',
    stage: 'conversion',
    match: { type: NAMED, name: ['Coupon Entered', 'Coupon Applied', 'Coupon Denied', 'Coupon Removed'] },
    why: 'Coupons are entered in the cart or the checkout.',
  },
  {
    id: 'purchase',
    stage: 'conversion',
    act: 'purchase',
    match: { type: COMPLETED, name: ['purchase', 'Order Completed', 'Completed Order', 'transaction', 'in_app_purchase'] },
    why: 'A completed order: the conversion, and it makes the visitor a customer.',
  },
  {
    id: 'sign-up',
    stage: 'conversion',
    act: 'signup',
    match: { type: COMPLETED, name: ['sign_up', 'Signed Up', 'Account Created'] },
    why: 'A created account is the conversion of sites that sell accounts.',
  },
  {
    id: 'generate-lead',
    stage: 'conversion',
    act: 'lead',
    match: { type: COMPLETED, name: ['generate_lead'] },
    why: 'A submitted lead is the conversion of lead-generation sites.',
  },
  {
    id: 'lead-qualified',
    stage: 'conversion',
    match: { type: NAMED, name: ['qualify_lead'] },
    why: 'Qualification moves a lead along its conversion, without completing it.',
  },
  {
    id: 'lead-won',
    stage: 'conversion',
    act: 'deal',
    match: { type: COMPLETED, name: ['close_convert_lead'] },
    why: 'A lead that became a customer.',
  },
  {
    id: 'lead-lost',
    stage: null,
    match: { type: NAMED, name: ['disqualify_lead', 'close_unconvert_lead'] },
    why: 'A lost lead is an outcome recorded by sales, not a step the visitor took.',
  },
  // Retention
  {
    id: 'login',
    stage: 'retention',
    match: {
      type: NAMED,
      name: ['login', 'Signed In'],
    },
    why: 'Signing in is account activity: people come back to an account they have.',
  },
  {
    id: 'order-service',
    stage: 'retention',
    match: { type: NAMED, name: ['Order Updated', 'Order Refunded', 'Order Cancelled', 'refund'] },
    why: 'Changes, refunds and cancellations are after-sale service: the retention stage is where they are won or lost.',
  },
  {
    id: 'onboarding',
    stage: 'retention',
    match: { type: NAMED, name: ['tutorial_begin', 'tutorial_complete'] },
    why: 'GA4 tutorials are onboarding after sign-up; activation is the first retention milestone.',
  },
  {
    id: 'community',
    stage: 'retention',
    match: { type: NAMED, name: ['join_group', 'earn_virtual_currency', 'spend_virtual_currency'] },
    why: 'Community and in-app activity keep users coming back.',
  },
  // Advocacy: explicit acts
  {
    id: 'share',
    stage: 'advocacy',
    act: 'share',
    match: {
      type: NAMED,
      name: ['share', 'Product Shared', 'Cart Shared'],
    },
    why: 'Sharing puts the brand in front of other people: an explicit advocacy act.',
  },
  {
    id: 'review',
    stage: 'advocacy',
    act: 'review',
    match: {
      type: NAMED,
      name: ['Product Reviewed'],
    },
    why: 'Writing a review is public advocacy, whether or not we saw the purchase.',
  },
  {
    id: 'referral',
    stage: 'advocacy',
    act: 'referral',
    match: {
      type: NAMED,
      name: ['invite', 'refer', 'Invite Sent'],
    },
    why: 'Inviting or referring someone is the strongest advocacy act.',
  },
];
