/**
 * The script-tag build (`dist/cairn.js`): reads the options from the `data-*` attributes of its own
 * `<script>` tag, creates the tracker, then replays the calls the stub snippet queued before it loaded.
 * Afterwards `cairn('method', …args)` calls the method and returns its result; anything else is ignored.
 */
import { METHODS } from './noop.js';
import { createTracker } from './tracker.js';
import type { TrackerOptions } from './types.js';

/** `loaded`: set on the function cairn.js installs, so that a second copy of the script leaves it alone. */
type Cairn = ((method: string, ...args: unknown[]) => unknown) & { q?: Iterable<Iterable<unknown>>; loaded?: boolean };

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
    const tracker = createTracker(readOptions(script?.dataset || {})) as unknown as Record<string, (...args: unknown[]) => unknown>;
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
