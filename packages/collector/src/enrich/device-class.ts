import type { DeviceClass } from '../sink/sink.js';

/**
 * User-agent patterns, checked in order; the first match decides. Bots first (a crawler may
 * claim "Mobile"), then tablets before phones: iPads and Android tablets say "Android" or
 * "Mobile" too. Android phones put "Mobile" in the UA and tablets do not (Google's guidance:
 * developer.chrome.com/docs/multidevice/user-agent). Anything else is a desktop browser.
 */
const DEVICE_PATTERNS: readonly [DeviceClass, RegExp][] = [
  ['bot', /bot\b|crawl|spider|slurp|headless|lighthouse|pagespeed|prerender|preview|facebookexternalhit|embedly|curl\/|wget\/|python-|node-fetch|undici|^node$|^deno\/|^bun\/|go-http-client|java\/|okhttp|axios\//i],
  ['tablet', /ipad|tablet|kindle|silk\/|playbook|nexus (7|9|10)|sm-t\d|(android(?!.*mobile))/i],
  ['mobile', /mobi|iphone|ipod|android|windows phone|blackberry|bb10|opera mini|iemobile/i],
];

/** The coarse device class of a `User-Agent` header; a missing one is a `bot` (every browser sends one). */
export function deviceClass(userAgent: string | null | undefined): DeviceClass {
  if (!userAgent) return 'bot';
  for (const [device, pattern] of DEVICE_PATTERNS) if (pattern.test(userAgent)) return device;
  return 'desktop';
}
