import { uuid } from './ids.js';
import type { Local } from './local.js';
import type { Utm } from '@cairn/core';
import { CLICK_ID_PARAMS, LIMITS, UTM_KEYS } from '@cairn/core/limits';

const IDLE_MS = 30 * 60 * 1000;
/** The stored last activity may lag this much: a burst of events writes the session once. */
const TOUCH_MS = 1000;

/**
 * The session as kept in storage under `s`. Short, unmangled keys: this JSON outlives a build,
 * so its names must not depend on the minifier.
 */
export interface Session {
  /** Session id. */
  i: string;
  /** Last activity (epoch ms). */
  t: number;
  /** The landing page's campaign. */
  u?: Utm;
  /** The landing page's ad click ids. */
  c?: Record<string, string>;
  /** Fingerprint of the campaign: a different one starts a new session. */
  k: string;
  /** Set (not stored) when this call started the session. */
  f?: boolean;
}

/** The campaign of a query string: UTM parameters, ad click ids and their fingerprint. */
type Campaign = [utm: Utm | undefined, clicks: Record<string, string> | undefined, key: string];

/** The query string last read, and its campaign: every event asks, the query rarely changes. */
let lastSearch: string | undefined;
let lastCampaign: Campaign;

const campaignOf = (search: string): Campaign => {
  if (search !== lastSearch) {
    const query = new URLSearchParams(search);
    let utm: Utm | undefined;
    let clicks: Record<string, string> | undefined;
    for (const key of UTM_KEYS) {
      const value = query.get('utm_' + key);
      if (value) (utm ||= {})[key] = value.slice(0, LIMITS.stringLength);
    }
    // Ad click ids mark paid traffic: core's channel rules know every one of them.
    for (const key of CLICK_ID_PARAMS) {
      const value = query.get(key);
      if (value) (clicks ||= {})[key] = value.slice(0, LIMITS.stringLength);
    }
    lastSearch = search;
    lastCampaign = [utm, clicks, utm || clicks ? JSON.stringify([utm, clicks]) : ''];
  }
  return lastCampaign;
};

/**
 * The current session, renewed after 30 minutes idle or when a new campaign arrives; marks it active now.
 * Storage is read every time (another tab may have renewed the session) but written at most once a second.
 */
export const touchSession = (local: Local): Session => {
  const [utm, clicks, campaign] = campaignOf(location.search);
  const now = Date.now();
  let session = local._json<Session>('s');
  const fresh = !session || !(now - session.t < IDLE_MS) || (campaign && campaign != session.k);
  if (fresh) session = { i: uuid(), t: 0, u: utm, c: clicks, k: campaign };
  if (!(now - session!.t < TOUCH_MS)) {
    session!.t = now;
    local._set('s', JSON.stringify(session));
  }
  return { ...session!, f: !!fresh };
};
