/**
 * The script-tag build (`dist/cairn.js`): reads the options from the `data-*` attributes of its own
 * `<script>` tag, creates the tracker, then replays the calls the stub snippet queued before it loaded.
 * Afterwards `cairn('method', …args)` calls the method and returns its result; anything else is ignored.
 */
import { autoCta } from './features/auto-cta.js';
import { consent } from './features/consent.js';
import { ctaContext } from './features/cta-context.js';
import { hashRoutes } from './features/hash-routes.js';
import { links } from './features/links.js';
import { vitalsHook } from './features/vitals-hook.js';
import { METHODS, noopTracker } from './noop.js';
import { createTrackerWith } from './tracker.js';
import type { Feature, TrackerOptions } from './types.js';

/**
 * `loaded`: set on the function cairn.js installs, so that a second copy of the script leaves it alone.
 * `options`: set on the stub by the page, what attributes cannot carry (`beforeSend`, `onError`).
 */
type Cairn = ((method: string, ...args: unknown[]) => unknown) & {
  q?: Iterable<Iterable<unknown>>;
  loaded?: boolean;
  options?: TrackerOptions;
};

/** The features this variant's COMPILE_* flags name (variants.json); terser drops the others' code. */
const variantFeatures = (): Feature[] => {
  const features: Feature[] = [];
  if (COMPILE_AUTO_CTA) features.push(autoCta);
  if (COMPILE_LINKS) features.push(links);
  if (COMPILE_CTA_CONTEXT) features.push(ctaContext);
  if (COMPILE_HASH) features.push(hashRoutes);
  if (COMPILE_CONSENT) features.push(consent);
  if (COMPILE_VITALS) features.push(vitalsHook);
  return features;
};

/** Options the page set that this variant has no code for: said in the debug log (never an exception). */
const reportMissing = (options: TrackerOptions): void => {
  for (const name of __MISSING_OPTIONS__) {
    if (name in options) console.debug('[cairn] error', `${name}: not in ${__VARIANT__}`);
  }
};

/** Attribute names (camelCased by `dataset`) that differ from the option they set. */
const ALIASES: Record<string, string> = { site: 'siteId', flushInterval: 'flushIntervalMs', timeout: 'timeoutMs' };

/** `data-*` attributes as options: "true"/"" and "false" are booleans, digits are numbers, strip-params is a comma list. */
const readOptions = (data: DOMStringMap): TrackerOptions => {
  const options: Record<string, unknown> = {};
  for (const key in data) {
    const value = data[key]!;
    options[ALIASES[key] || key] =
      key == 'stripParams'
        ? value.split(',').map((name) => name.trim())
        : value == 'false'
          ? false
          : value == '' || value == 'true'
            ? true
            : /^\d+$/.test(value) && key != 'site'
              ? +value
              : value;
  }
  return options;
};

try {
  const w = window as unknown as { cairn?: Cairn };
  // Loaded twice (a tag manager and a hard-coded tag): a second tracker would record everything twice.
  if (!w.cairn?.loaded) {
    const script = (document.currentScript || document.querySelector('script[data-endpoint]')) as HTMLScriptElement | null;
    const options = readOptions(script?.dataset || {});
    if (COMPILE_BEFORE_SEND) Object.assign(options, w.cairn?.options);
    if (COMPILE_DEBUG && options.debug) reportMissing(options);
    // A variant without stripParams would record the very parameters the page asked to remove: record nothing.
    const tracker = (
      !COMPILE_STRIP_PARAMS && options.stripParams ? noopTracker() : createTrackerWith(options, variantFeatures())
    ) as unknown as Record<string, (...args: unknown[]) => unknown>;
    const queued = w.cairn?.q || [];
    const cairn: Cairn = (method, ...args) => {
      if ((METHODS as readonly unknown[]).includes(method)) return tracker[method]!(...args);
    };
    cairn.loaded = true;
    w.cairn = cairn;
    // The stub queued `arguments` objects: iterable, so they spread.
    for (const call of queued) {
      try {
        cairn(...(call as [string, ...unknown[]]));
      } catch {
        // a queued call that cannot even be read: skip it
      }
    }
  }
} catch {
  // never break the page
}
