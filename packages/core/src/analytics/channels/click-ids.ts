import type { ClickIdParam } from './click-id-params.js';

/**
 * Ad-platform click ids: a landing URL carrying one came from a paid click, even without UTMs
 * (PostHog counts gclid, gad_source and fbclid the same way). The source is the platform, the
 * medium one GA4 treats as paid (`cpc`), or `display` for Google's display/video click id.
 * The names alone are `CLICK_ID_PARAMS` (`@cairn/core/limits`), which the tracker reads.
 * Note that Facebook adds `fbclid` to organic outbound links too; like PostHog we count it paid.
 */
/** Every parameter of CLICK_ID_PARAMS, and no other (the compiler checks both ways). */
export const CLICK_IDS: Readonly<Record<ClickIdParam, { source: string; medium: string }>> = {
  gclid: { source: 'google', medium: 'cpc' },
  gbraid: { source: 'google', medium: 'cpc' },
  wbraid: { source: 'google', medium: 'cpc' },
  gad_source: { source: 'google', medium: 'cpc' },
  dclid: { source: 'google', medium: 'display' },
  msclkid: { source: 'bing', medium: 'cpc' },
  yclid: { source: 'yandex', medium: 'cpc' },
  fbclid: { source: 'facebook', medium: 'cpc' },
  li_fat_id: { source: 'linkedin', medium: 'cpc' },
  ttclid: { source: 'tiktok', medium: 'cpc' },
  twclid: { source: 'twitter', medium: 'cpc' },
  epik: { source: 'pinterest', medium: 'cpc' },
  sccid: { source: 'snapchat', medium: 'cpc' },
  rdt_cid: { source: 'reddit', medium: 'cpc' },
};
