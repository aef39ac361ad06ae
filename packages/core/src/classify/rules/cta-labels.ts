/**
 * Default rules for CTA clicks: one per intent of the lexicon (`cta-<intent>`: "In den Warenkorb
 * legen", "Ajouter au panier" and "カートに追加する" are `cta-add-to-cart`), plus the few English
 * label shapes a word list cannot hold ("Start Pro trial", "Choose Team").
 *
 * A click is intent, never completion: "Buy now" moves a visitor into conversion, but only the
 * purchase event makes a customer.
 */
import { defaultIntents } from '../lexicon/intents.js';
import type { Rule } from '../rule.js';

/**
 * One rule per intent with a stage (or `noise`, which decides "not a journey signal"); `generic`
 * has none, since the click's context decides. They come after every rule on event names (a CTA
 * named `page_view` or `Order Completed` is read by that name), and before the English shapes.
 */
const intentRules: Rule[] = defaultIntents
  .filter((intent) => intent.context !== true)
  .map((intent) => ({
    id: `cta-${intent.id}`,
    stage: intent.stage,
    ...(intent.act === undefined ? {} : { act: intent.act }),
    match: { type: 'cta', intent: intent.id },
    why: intent.why,
  }));

export const ctaLabelRules: Rule[] = [
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
  ...intentRules,
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
];
