/**
 * GA4's default channel groups, in the order Google evaluates its rules
 * (support.google.com/analytics/answer/9756891). `Unassigned` is what is left.
 */
export type Channel =
  | 'Direct'
  | 'Cross-network'
  | 'Paid Shopping'
  | 'Paid Search'
  | 'Paid Social'
  | 'Paid Video'
  | 'Display'
  | 'Paid Other'
  | 'Organic Shopping'
  | 'Organic Social'
  | 'Organic Video'
  | 'Organic Search'
  | 'Referral'
  | 'Email'
  | 'Affiliates'
  | 'Audio'
  | 'SMS'
  | 'Mobile Push Notifications'
  | 'Unassigned';

/** Every {@link Channel}, in GA4's rule order. */
export const CHANNELS: readonly Channel[] = [
  'Direct',
  'Cross-network',
  'Paid Shopping',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Paid Other',
  'Organic Shopping',
  'Organic Social',
  'Organic Video',
  'Organic Search',
  'Referral',
  'Email',
  'Affiliates',
  'Audio',
  'SMS',
  'Mobile Push Notifications',
  'Unassigned',
];

/**
 * Where a visit came from: the GA4 channel and the source / medium / campaign that decided it.
 * Without UTMs, `source` is the referrer's host (or `(direct)`) and `medium` is inferred
 * (`organic`, `social`, `referral`, `cpc` for click ids, `(none)`).
 */
export interface TrafficSource {
  channel: Channel;
  source: string;
  medium: string;
  /** `utm_campaign`, or `(not set)`. */
  campaign: string;
}
