import type { Utm } from '../../event/types.js';
import { bareHost, hostOf, queryOf } from '../../url/url-parts.js';
import type { Channel, TrafficSource } from './channel.js';
import { groupChannel } from './channel-rules.js';
import { CLICK_IDS } from './click-ids.js';
import { sourceCategory } from './source-categories.js';

/** What decides a visit's source: the fields of a landing event. */
export interface TrafficInput {
  utm?: Utm | undefined;
  referrer?: string | undefined;
  url?: string | undefined;
}

/** Options of {@link trafficSourceOf} and {@link channelOf}. */
export interface TrafficSourceOptions {
  /**
   * The site's own host. Referrers from it or its subdomains are internal navigation, not a
   * touchpoint. Default: the host of the event's `url`.
   */
  siteHost?: string;
  /**
   * Referrer hosts that are part of the purchase flow, not a source (payment pages sending
   * the shopper back): treated like the site itself. Default {@link DEFAULT_IGNORED_REFERRERS}.
   */
  ignoredReferrers?: readonly string[];
}

/**
 * Payment providers that redirect back to the shop. GA4 asks sites to list them as
 * "unwanted referrals"; otherwise every purchase looks like a new visit from Stripe.
 */
export const DEFAULT_IGNORED_REFERRERS: readonly string[] = [
  'checkout.stripe.com',
  'hooks.stripe.com',
  'paypal.com',
  'pay.google.com',
  'klarna.com',
  'adyen.com',
  'mollie.com',
  'checkout.shopify.com',
];

const CLICK_ID_LIST = Object.entries(CLICK_IDS);

const DIRECT: TrafficSource = { channel: 'Direct', source: '(direct)', medium: '(none)', campaign: '(not set)' };

/** `host` is `domain` or one of its subdomains (no string building: this runs per event). */
function within(host: string, domain: string): boolean {
  if (host === domain) return true;
  const cut = host.length - domain.length - 1;
  return cut > 0 && host.charCodeAt(cut) === 46 && host.endsWith(domain);
}

function sameSite(host: string, site: string): boolean {
  const a = bareHost(host);
  const b = bareHost(site);
  return within(a, b) || within(b, a);
}

function listed(host: string, hosts: readonly string[]): boolean {
  for (const h of hosts) if (within(host, h)) return true;
  return false;
}

function clean(value: string | undefined): string {
  return (value ?? '').trim();
}

/**
 * The traffic source of an event: UTMs first, then an ad click id in the URL, then the
 * referrer's host (search engines → `organic`, other sites → `referral`), else `(direct)`.
 * Returns `null` when the event carries no source of its own: no UTMs or click id and a
 * referrer from the site itself (or an ignored referrer) — internal navigation, which must
 * not start a new touchpoint.
 */
export function trafficSourceOf(input: TrafficInput, options: TrafficSourceOptions = {}): TrafficSource | null {
  const utm = input.utm ?? {};
  let source = clean(utm.source).toLowerCase();
  let medium = clean(utm.medium).toLowerCase();
  const campaign = clean(utm.campaign) || '(not set)';

  if ((source === '' || medium === '') && input.url !== undefined && input.url.includes('?')) {
    const query = queryOf(input.url);
    for (const [param, paid] of CLICK_ID_LIST) {
      if (!query.has(param)) continue;
      if (source === '') source = paid.source;
      if (medium === '') medium = paid.medium;
      break;
    }
  }

  const referrerHost = hostOf(input.referrer);
  if (source === '' && referrerHost !== '') {
    const site = options.siteHost ? options.siteHost.toLowerCase() : hostOf(input.url);
    const internal =
      (site !== '' && sameSite(referrerHost, site)) ||
      listed(referrerHost, options.ignoredReferrers ?? DEFAULT_IGNORED_REFERRERS);
    if (internal) return medium === '' && campaign === '(not set)' ? null : finish('(direct)', medium, campaign);
    source = bareHost(referrerHost);
    if (medium === '') medium = sourceCategory(source) === 'search' ? 'organic' : 'referral';
  }

  if (source === '' && medium === '' && campaign === '(not set)') return DIRECT;
  return finish(source || '(direct)', medium || '(not set)', campaign);
}

function finish(source: string, medium: string, campaign: string): TrafficSource {
  return { channel: groupChannel({ source, medium, campaign }), source, medium, campaign };
}

/**
 * The GA4 default channel group of an event's `{ utm, referrer, url }`. Internal navigation
 * (a same-site referrer, nothing else) is `Direct`, as GA4 reports a visit with no source.
 */
export function channelOf(input: TrafficInput, options: TrafficSourceOptions = {}): Channel {
  return (trafficSourceOf(input, options) ?? DIRECT).channel;
}
