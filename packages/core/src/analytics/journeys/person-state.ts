import type { StageChange } from '../../classify/lifecycle.js';
import type { Stage } from '../../classify/stages.js';
import type { Utm } from '../../event/types.js';
import type { Channel, TrafficSource } from '../channels/channel.js';
import { pathOf } from '../../url/url-parts.js';
import { RECENT_IDS } from './recent-id-hashes.js';


const NO_CHANGES: StageChange[] = Object.freeze([]) as unknown as StageChange[];

/** A touchpoint: a session's start, with where it came from. */
export interface Touchpoint extends TrafficSource {
  /** Corrected time of the session's first event. */
  at: number;
  /** The id of that event. */
  eventId: string;
  /** The path of its URL (or its name for a `page` event), `(unknown)` without either. */
  landingPage: string;
  /** `utm_term` and `utm_content`, `''` when missing. */
  term: string;
  content: string;
  /** The landing event's props that attribution asked for (`by: 'prop:NAME'`), as strings. */
  props: Record<string, string> | null;
}

/**
 * Everything kept about one person while events stream by. It grows with what a person did
 * that matters (touchpoints of the lookback window, at most one change per stage, recent ids),
 * never with the raw number of events: page views and clicks only update counters.
 */
export class PersonState {
  readonly key: string;
  /** The person's number in its stream (0, 1, 2, …): where its per-person rows live in the stream's typed tables. */
  readonly index: number;
  userId: string | null;
  anonymousIds: string[];
  firstSeen = Number.POSITIVE_INFINITY;
  lastSeen = Number.NEGATIVE_INFINITY;
  events = 0;
  /**
   * Ids of this person's latest events, for deduplication: a ring of `RECENT_IDS` slots, filled
   * in order, then the oldest overwritten. Sized once (a pushed-to array reserves 17 slots).
   * Their hashes sit in the stream's `RecentIdHashes`, which the check reads first.
   */
  recent: (string | undefined)[] = new Array<string | undefined>(RECENT_IDS).fill(undefined);
  /** Where the next id goes in `recent`. */
  recentNext = 0;
  sessions = 0;
  sessionLastAt = Number.NEGATIVE_INFINITY;
  /** The campaign key of the current session (`null` for direct / internal). */
  sessionKey: string | null = null;
  sessionChannel: Channel = 'Direct';
  /** Referrer and UTMs of the current session's first event. */
  sessionReferrer: string | undefined = undefined;
  sessionUtm: Utm | undefined = undefined;
  /** Bit i set when a session came from `CHANNELS[i]`. */
  channelMask = 0;
  firstChannel: Channel | null = null;
  /** First touch always, then the touchpoints inside the lookback window, oldest first. */
  touchpoints: Touchpoint[] = [];
  stage: Stage | null = null;
  /**
   * Stage changes (the lifecycle's, with clock-corrected times): at most one per stage. Starts
   * as a shared empty (frozen) array; the stage tracker gives the person an own one on the
   * first change, so visitors who never reach a stage cost nothing here.
   */
  history: StageChange[] = NO_CHANGES;
  /** The classifier's per-visitor reducer state, when it keeps one. */
  stageMemo: unknown = undefined;
  /** Recent order ids, to count a purchase re-sent with a new event id once. */
  orderIds: string[] | null = null;
  conversions = 0;
  revenue = 0;
  firstConversionAt: number | null = null;
  /** Index of the first and of the latest period with activity (see `lifecycle/periods.ts`), NaN before any. */
  firstPeriod = Number.NaN;
  lastPeriod = Number.NaN;
  /** URL and name of the last page view (the path is worked out only when a survey needs it). */
  lastPageUrl: string | undefined = undefined;
  lastPageName = '';
  /**
   * Per-analysis state, by observer slot. Two slots up front (`analyze` uses two: the checkout
   * funnel and the paths); an array grown by assignment would reserve 17.
   */
  slots: unknown[] = [undefined, undefined];
  /**
   * Memo of the last traffic-source lookup: SPAs repeat the referrer on every event and the
   * tracker copies the session's UTMs onto each one, so most lookups are repeats.
   */
  memoValid = false;
  memoReferrer: string | undefined = undefined;
  memoUtm: Utm | undefined = undefined;
  memoUrl: string | undefined = undefined;
  /** `scheme://host/` of `memoUrl`, when the referrer's same-site check depended on it. */
  memoHost = '';
  memoSource: TrafficSource | null = null;
  /** The campaign key of `memoSource` (`null` for direct or internal). */
  memoKey: string | null = null;

  /** Path of the last page viewed, `''` before any. */
  get lastPage(): string {
    return pathOf(this.lastPageUrl) || this.lastPageName;
  }

  constructor(key: string, userId: string | null, anonymousId: string, index: number) {
    this.key = key;
    this.index = index;
    this.userId = userId;
    this.anonymousIds = [anonymousId];
  }
}
