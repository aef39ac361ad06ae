/**
 * Default rules for Cairn's typed events: checkout steps, surveys, identify and web vitals.
 */
import type { Rule } from '../rule.js';

export const eventTypeRules: Rule[] = [
  {
    id: 'checkout-step',
    stage: 'conversion',
    // "cart" is rule view-cart and "purchase" rule purchase, for checkout events as for the others.
    match: {
      type: 'checkout',
      name: ['begin', 'shipping', 'payment', 'review', 'details', 'information', 'address', 'delivery', 'billing', 'confirm'],
    },
    why: 'The standard checkout steps (the review step is the order review, not a product review).',
  },
  {
    id: 'checkout-other',
    stage: 'conversion',
    priority: -10,
    match: { type: 'checkout' },
    why: 'Sites name their own checkout steps; a checkout event is part of converting whatever its name.',
  },
  {
    id: 'survey-nps-promoter',
    stage: 'advocacy',
    act: 'promoter',
    match: { type: 'survey', props: { kind: 'nps', score: { gte: 9, lte: 10 } } },
    why: 'An NPS score of 9–10 is a promoter: someone who says they would recommend us.',
  },
  {
    id: 'survey-nps-promoter-by-name',
    stage: 'advocacy',
    act: 'promoter',
    match: { type: 'survey', name: 'nps', props: { kind: { exists: false }, score: { gte: 9, lte: 10 } } },
    why: 'The same, for an NPS survey named "nps" without a kind property.',
  },
  {
    id: 'survey-answer',
    stage: 'retention',
    priority: -10,
    match: { type: 'survey' },
    why: 'Other answers (NPS 0–8, CSAT, CES) measure how a relationship is going: retention work.',
  },
  {
    id: 'identify',
    stage: 'retention',
    match: { type: 'identify' },
    why: 'Identifying means signing in or up; as account activity it is retention for a customer (before one, the lifecycle keeps it in consideration).',
  },
  {
    id: 'web-vital',
    stage: null,
    match: { type: 'vital' },
    why: 'Web vitals measure the page, not the visitor\'s intent: not a journey signal.',
  },
];
