import type { Channel } from './channel.js';
import { sourceCategory, type SourceCategory } from './source-categories.js';

/** What GA4's channel rules look at, lower-cased. */
export interface ChannelInput {
  source: string;
  medium: string;
  campaign: string;
}

interface RuleContext extends ChannelInput {
  category: SourceCategory | null;
  paid: boolean;
  shopCampaign: boolean;
}

// Google's patterns, verbatim (conventions.md §2).
const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SHOP_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/;
const DISPLAY_MEDIA = new Set(['display', 'banner', 'expandable', 'interstitial', 'cpm']);
const SOCIAL_MEDIA = new Set(['social', 'social-network', 'social-media', 'sm', 'social network', 'social media']);
const REFERRAL_MEDIA = new Set(['referral', 'app', 'link']);
const EMAIL = new Set(['email', 'e-mail', 'e_mail', 'e mail']);

/** GA4's default channel rules, top-down, first match wins. `Unassigned` is the fallback. */
const RULES: readonly [Channel, (c: RuleContext) => boolean][] = [
  ['Direct', (c) => c.source === '(direct)' && (c.medium === '(not set)' || c.medium === '(none)')],
  ['Cross-network', (c) => c.campaign.includes('cross-network')],
  ['Paid Shopping', (c) => (c.category === 'shopping' || c.shopCampaign) && c.paid],
  ['Paid Search', (c) => c.category === 'search' && c.paid],
  ['Paid Social', (c) => c.category === 'social' && c.paid],
  ['Paid Video', (c) => c.category === 'video' && c.paid],
  ['Display', (c) => DISPLAY_MEDIA.has(c.medium)],
  ['Paid Other', (c) => c.paid],
  ['Organic Shopping', (c) => c.category === 'shopping' || c.shopCampaign],
  ['Organic Social', (c) => c.category === 'social' || SOCIAL_MEDIA.has(c.medium)],
  ['Organic Video', (c) => c.category === 'video' || c.medium.includes('video')],
  ['Organic Search', (c) => c.category === 'search' || c.medium === 'organic'],
  ['Referral', (c) => REFERRAL_MEDIA.has(c.medium)],
  ['Email', (c) => EMAIL.has(c.source) || EMAIL.has(c.medium)],
  ['Affiliates', (c) => c.medium === 'affiliate'],
  ['Audio', (c) => c.medium === 'audio'],
  ['SMS', (c) => c.source === 'sms' || c.medium === 'sms'],
  [
    'Mobile Push Notifications',
    (c) => c.medium.endsWith('push') || c.medium.includes('mobile') || c.medium.includes('notification'),
  ],
];

/** The GA4 default channel group of a source / medium / campaign (any case). */
export function groupChannel(input: ChannelInput): Channel {
  // A few hundred source/medium/campaign triples repeat across a log: remember the answers.
  const key = `${input.source}\u0000${input.medium}\u0000${input.campaign}`;
  const known = CHANNEL_CACHE.get(key);
  if (known !== undefined) return known;
  const channel = evaluate(input);
  if (CHANNEL_CACHE.size >= 10_000) CHANNEL_CACHE.clear();
  CHANNEL_CACHE.set(key, channel);
  return channel;
}

const CHANNEL_CACHE = new Map<string, Channel>();

function evaluate(input: ChannelInput): Channel {
  const source = input.source.trim().toLowerCase();
  const medium = input.medium.trim().toLowerCase();
  const campaign = input.campaign.trim().toLowerCase();
  const context: RuleContext = {
    source,
    medium,
    campaign,
    category: sourceCategory(source),
    paid: PAID_MEDIUM.test(medium),
    shopCampaign: SHOP_CAMPAIGN.test(campaign),
  };
  for (const [channel, test] of RULES) if (test(context)) return channel;
  return 'Unassigned';
}
