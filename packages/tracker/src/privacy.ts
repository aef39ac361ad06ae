import { LIMITS } from '@cairn/core/limits';

/** Do-Not-Track or Global Privacy Control is on (https://globalprivacycontrol.github.io/gpc-spec/). */
export const optedOut = (): boolean => {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.doNotTrack == '1' || (window as { doNotTrack?: string }).doNotTrack == '1' || nav.globalPrivacyControl === true;
};

// An address, plain or percent-encoded (`%40`) as URLSearchParams writes it.
const EMAIL = /[\w.+%-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+/gi;
// A run of 32+ URL-safe characters with a digit...
const RUN = /[\w~+%.-]{32,}/g;
// ...counts as a token when it mixes upper and lower case (base64, JWT) or is hex (hashes, UUIDs);
// an all-lowercase slug like "summer-sale-2026-the-best-running-shoes" does not.
const isToken = (run: string): boolean =>
  /\d/.test(run) && ((/[a-z]/.test(run) && /[A-Z]/.test(run)) || /^[\da-f-]+$/i.test(run));

/**
 * `url` without the `strip` query parameters, with emails replaced by `[email]` and long tokens
 * by `[token]`, clipped to 2,048 characters. Works on paths too.
 */
export const mask = (url: string, strip: string[]): string => {
  if (COMPILE_STRIP_PARAMS && strip.length) {
    try {
      const parsed = new URL(url);
      for (const name of strip) parsed.searchParams.delete(name);
      url = parsed.href;
    } catch {
      // a path or a malformed URL: nothing to strip
    }
  }
  return url
    .replace(EMAIL, '[email]')
    .replace(RUN, (run) => (isToken(run) ? '[token]' : run))
    .slice(0, LIMITS.stringLength);
};
