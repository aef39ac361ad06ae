import { LIMITS } from '@cairn/core/limits';
import { uuid } from './ids.js';
import type { CairnEvent, ConsentState, TrackerOptions } from './types.js';

/** The options once normalised: every default applied, every number positive. Read by the rest of the tracker. */
export interface Config {
  /** `siteId` as a string ('' when missing). */
  _site: string;
  /** Prefix of every storage name: `cairn` or `cairn:<siteId>`. */
  _prefix: string;
  /** The endpoint, with `?site=` when there is a site id. */
  _url: string;
  /** The Web Lock (or lease) of the tab that sends. */
  _lockName: string;
  /** This tab, as the lease's holder. */
  _owner: string;
  /** localStorage key of the spill (outbox/spill.ts). */
  _spillKey: string;
  _strip: string[];
  _consent: ConsentState;
  _batchSize: number;
  _intervalMs: number;
  _maxQueue: number;
  _maxAgeMs: number;
  _timeoutMs: number;
  _autoPageviews: boolean;
  _autoCta: boolean;
  _debug: boolean | undefined;
  _beforeSend: ((event: CairnEvent) => CairnEvent | null | undefined | false) | undefined;
  _onError: ((error: Error) => void) | undefined;
}

/** A numeric option, or its default (docs/tracker.md lists them all) when missing or not positive. */
const positive = (value: unknown, fallback: number): number => (+(value as number) > 0 ? +(value as number) : fallback);

/** `endpoint` with the site id as a query parameter: the v1 wire format has no site field. */
const endpointOf = (endpoint: string | undefined, site: string): string => {
  const url = endpoint || '/collect';
  return site ? url + (url.includes('?') ? '&' : '?') + 'site=' + encodeURIComponent(site) : url;
};

/** Applies the defaults of docs/tracker.md ("Options") to what the site passed (an npm call or `data-*` attributes). */
export const normalise = (o: TrackerOptions): Config => {
  const site = o.siteId ? String(o.siteId) : '';
  const prefix = 'cairn' + (site && ':' + site);
  return {
    _site: site,
    _prefix: prefix,
    _url: endpointOf(o.endpoint, site),
    _lockName: prefix + ':send',
    _owner: uuid(),
    _spillKey: prefix + ':spill',
    _strip: COMPILE_STRIP_PARAMS && Array.isArray(o.stripParams) ? o.stripParams.map(String) : [],
    _consent: o.consent == 'pending' || o.consent == 'denied' ? o.consent : 'granted',
    _batchSize: Math.min(positive(o.batchSize, 50), LIMITS.batchEvents),
    _intervalMs: positive(o.flushIntervalMs, 5_000),
    _maxQueue: positive(o.maxQueue, 5_000),
    _maxAgeMs: positive(o.maxAgeDays, 7) * 864e5,
    _timeoutMs: positive(o.timeoutMs, 10_000),
    _autoPageviews: o.autoPageviews !== false,
    _autoCta: o.autoCta !== false,
    _debug: o.debug,
    _beforeSend: o.beforeSend,
    _onError: o.onError,
  };
};
