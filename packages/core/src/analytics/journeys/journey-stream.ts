import type { Stage } from '../../classify/stages.js';
import type { CairnEvent } from '../../event/types.js';
import { CHANNELS, type Channel, type TrafficSource } from '../channels/channel.js';
import { trafficSourceOf, type TrafficSourceOptions } from '../channels/traffic-source.js';
import { periodIndex } from '../lifecycle/periods.js';
import type { Period } from '../report.js';
import { pathOf } from '../../url/url-parts.js';
import { eventTime } from './event-time.js';
import { isAnalysable } from './event-shape.js';
import { PersonState, type Touchpoint } from './person-state.js';
import { idHash, RECENT_IDS, RecentIdHashes } from './recent-id-hashes.js';
import { purchaseOf, type Purchase } from './purchases.js';
import { createStageTracker, type StageClassifier, type StageTracker } from './stage-tracker.js';
import { appended } from '../../arrays/appended.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Options shared by every analysis that reads journeys. */
export interface JourneyOptions {
  /** Inactivity that ends a session, ms. Default 30 minutes (GA4). */
  sessionTimeoutMs?: number;
  /** The site's own host (referrers from it are internal). Default: each event's URL host. */
  siteHost?: string;
  /** Referrer hosts that never start a touchpoint (payment providers). */
  ignoredReferrers?: readonly string[];
  /** Touchpoints older than this before a person's latest event are let go, ms. Default 30 days. */
  lookbackMs?: number;
  /** At most this many touchpoints are kept per person (first touch included). Default 50. */
  maxTouchpoints?: number;
  /** Only events at or after this time (corrected, epoch ms) are analysed. */
  from?: number;
  /** Only events before this time are analysed. */
  to?: number;
  /** The calendar unit of lifecycle and retention. Default `week`. */
  period?: Period;
  /** The stage classifier. Default: `@cairn/core`'s built-in rules. */
  classifier?: StageClassifier;
}

/** What an analysis learns about one event, besides the event itself. Valid during the call only: the object is reused. */
export interface EventContext {
  /** Corrected time. */
  at: number;
  /** The stage the classifier gave this event (`null`: none). */
  eventStage: Stage | null;
  /** The person's stage before this event. */
  stageBefore: Stage | null;
  /** The touchpoint this event started, when it started a session. */
  touchpoint: Touchpoint | null;
  /** The channel of the session the event belongs to. */
  sessionChannel: Channel;
  /** The purchase the event records, unless its order was counted already. */
  purchase: Purchase | null;
  /** The index of the event's period (`options.period`). */
  period: number;
  /**
   * The person's latest active period before this event when this event is their first in a
   * new period (`null` for their very first event); `undefined` when the period was active already.
   */
  previousPeriod: number | null | undefined;
}

/** An analysis fed by a {@link JourneyStream}. Every hook is optional. */
export interface JourneyObserver {
  /** After the person's state took the event into account. */
  event?(person: PersonState, event: CairnEvent, context: EventContext): void;
  /** Two people turned out to be one (an `identify` seen late): fold `from`'s slot into `into`'s. */
  merge?(into: PersonState, from: PersonState): void;
  /** Once per person, at the end, in key order. */
  person?(person: PersonState): void;
}

/** Resolved journey options. */
export interface ResolvedJourneyOptions {
  sessionTimeoutMs: number;
  siteHost: string | null;
  ignoredReferrers: readonly string[] | undefined;
  lookbackMs: number;
  maxTouchpoints: number;
  from: number | null;
  to: number | null;
  period: Period;
}

/** Fills in the defaults of {@link JourneyOptions}, rejecting nonsense with a clear error. */
export function resolveJourneyOptions(options: JourneyOptions): ResolvedJourneyOptions {
  const positive = (name: string, value: number | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`${name} must be a positive number of ms, got ${String(value)}`);
    return value;
  };
  const period = options.period ?? 'week';
  if (period !== 'day' && period !== 'week' && period !== 'month') {
    throw new RangeError(`period must be 'day', 'week' or 'month', got ${String(period)}`);
  }
  return {
    sessionTimeoutMs: positive('sessionTimeoutMs', options.sessionTimeoutMs, 30 * MINUTE),
    siteHost: options.siteHost ? options.siteHost.toLowerCase() : null,
    ignoredReferrers: options.ignoredReferrers,
    lookbackMs: positive('lookbackMs', options.lookbackMs, 30 * DAY),
    maxTouchpoints: Math.max(1, Math.floor(positive('maxTouchpoints', options.maxTouchpoints, 50))),
    from: typeof options.from === 'number' ? options.from : null,
    to: typeof options.to === 'number' ? options.to : null,
    period,
  };
}

/** `scheme://host/` of a URL (the part that decides "same site"), or `''`. */
function originOf(url: string | undefined): string {
  if (url === undefined) return '';
  const start = url.indexOf('://');
  if (start < 0) return '';
  const end = url.indexOf('/', start + 3);
  return end < 0 ? '' : url.slice(0, end + 1);
}

/** Whether `url` starts with the memoised origin (no parsing: an SPA changes only the path). */
function sameOrigin(url: string | undefined, origin: string): boolean {
  return origin !== '' && url !== undefined && url.startsWith(origin);
}

const DIRECT: TrafficSource = { channel: 'Direct', source: '(direct)', medium: '(none)', campaign: '(not set)' };
const CHANNEL_BIT = new Map<Channel, number>(CHANNELS.map((c, i) => [c, 1 << i]));

/**
 * Turns events into per-person journey state, one event at a time, and feeds the analyses.
 * Events of one person must come in time order (see {@link runJourneys} and `analyze`); people
 * may interleave freely. Identity: an event with a `userId` belongs to that user; an anonymous
 * id belongs to the first user it was seen with, so its earlier and later anonymous events
 * join that user's journey, and several devices of one user become one journey.
 */
export class JourneyStream {
  readonly options: ResolvedJourneyOptions;
  /** People with a user id, by user id. */
  private readonly users = new Map<string, PersonState>();
  /** People known only by an anonymous id not linked to a user (yet), by that id. */
  private readonly anonymous = new Map<string, PersonState>();
  /** anonymousId → userId: the first user each anonymous id was seen with. */
  readonly links: Map<string, string>;
  /** anonymousId → the person its events resolved to last (see `personOf`); dropped when the id is linked. */
  private readonly resolved = new Map<string, PersonState>();
  events = 0;
  duplicates = 0;
  /** Inputs skipped because they are not events (see `isAnalysable`). */
  invalid = 0;
  sessions = 0;
  /**
   * Earliest and latest corrected time so far, ±Infinity before any event. Kept as plain
   * numbers (the `firstAt`/`lastAt` getters give `null`): a field that held `null` first stores
   * every later number in a new heap box, a garbage object per event for `lastAt`.
   */
  private earliest = Number.POSITIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;
  private readonly observers: readonly JourneyObserver[];
  /**
   * The observers with an `event` hook, called per event: a third of `analyze`'s observers only
   * read people at the end, and skipping them spares a megamorphic call per event each.
   */
  private readonly eventObservers: readonly Required<Pick<JourneyObserver, 'event'>>[];
  private readonly stages: StageTracker;
  private readonly touchpointProps: readonly string[];
  private readonly sourceOptions: TrafficSourceOptions;
  private readonly recentHashes = new RecentIdHashes();
  private readonly context: EventContext = {
    at: 0,
    eventStage: null,
    stageBefore: null,
    touchpoint: null,
    sessionChannel: 'Direct',
    purchase: null,
    period: 0,
    previousPeriod: undefined,
  };

  constructor(
    options: ResolvedJourneyOptions,
    classifier: StageClassifier | undefined,
    observers: readonly JourneyObserver[],
    touchpointProps: readonly string[] = [],
    links: Map<string, string> = new Map(),
  ) {
    this.options = options;
    this.stages = createStageTracker(classifier);
    this.observers = observers;
    this.eventObservers = observers.filter((o): o is Required<Pick<JourneyObserver, 'event'>> => typeof o.event === 'function');
    this.touchpointProps = touchpointProps;
    this.links = links;
    this.sourceOptions = {
      ...(options.siteHost !== null ? { siteHost: options.siteHost } : {}),
      ...(options.ignoredReferrers ? { ignoredReferrers: options.ignoredReferrers } : {}),
    };
  }

  /** Corrected time of the earliest event so far, `null` before any. */
  get firstAt(): number | null {
    return this.events > 0 ? this.earliest : null;
  }

  /** Corrected time of the latest event so far, `null` before any. */
  get lastAt(): number | null {
    return this.events > 0 ? this.latest : null;
  }

  /** Every person so far, in key order. */
  people(): PersonState[] {
    // Keys are `anon:ID` for the anonymous map and `user:ID` for the users map, so key order is
    // every anonymous person by id, then every user by id. Sorting the two maps' id strings with
    // the built-in string order (no comparator called per pair) is what makes this cheap for
    // 100,000 people; it gives the same order as comparing the keys.
    const anonymousIds = [...this.anonymous.keys()].sort();
    const userIds = [...this.users.keys()].sort();
    const people = new Array<PersonState>(anonymousIds.length + userIds.length);
    // Indexed loops: this runs once, unoptimised, where for-of allocates an iterator result per person.
    for (let i = 0; i < anonymousIds.length; i++) people[i] = this.anonymous.get(anonymousIds[i] as string) as PersonState;
    for (let i = 0; i < userIds.length; i++) people[anonymousIds.length + i] = this.users.get(userIds[i] as string) as PersonState;
    return people;
  }

  /** How many people so far. */
  get size(): number {
    return this.users.size + this.anonymous.size;
  }

  /** Whether an event's corrected time is inside `from`/`to`. */
  inRange(at: number): boolean {
    const { from, to } = this.options;
    return (from === null || at >= from) && (to === null || at < to);
  }

  /** Takes one event (with its corrected time) into account. */
  push(event: CairnEvent, at: number): void {
    if (!this.inRange(at)) return;
    const person = this.personOf(event);
    if (this.isDuplicate(person, event)) {
      this.duplicates++;
      return;
    }
    this.events++;
    if (at < this.earliest) this.earliest = at;
    if (at > this.latest) this.latest = at;
    person.events++;
    if (at < person.firstSeen) person.firstSeen = at;
    if (at > person.lastSeen) person.lastSeen = at;
    const period = periodIndex(at, this.options.period);
    let previousPeriod: number | null | undefined;
    if (Number.isNaN(person.lastPeriod)) {
      previousPeriod = null;
      person.firstPeriod = person.lastPeriod = period;
    } else if (period > person.lastPeriod) {
      previousPeriod = person.lastPeriod;
      person.lastPeriod = period;
    }

    const touchpoint = this.trackSession(person, event, at);
    if (event.type === 'page') {
      person.lastPageUrl = event.url;
      person.lastPageName = event.name;
    }

    const stageBefore = person.stage;
    const eventStage = this.stages.push(person, event, at);

    let purchase = purchaseOf(event);
    if (purchase !== null) {
      const orders = person.orderIds;
      if (orders !== null && orders.includes(purchase.orderId)) purchase = null;
      else {
        const kept = appended(orders ?? [], purchase.orderId);
        person.orderIds = kept.length > 10 ? kept.slice(1) : kept;
        person.conversions++;
        person.revenue += purchase.value;
        if (person.firstConversionAt === null || at < person.firstConversionAt) person.firstConversionAt = at;
      }
    }

    // One context object for every event (no garbage per event): observers read it during the call only.
    const context = this.context;
    context.at = at;
    context.eventStage = eventStage;
    context.stageBefore = stageBefore;
    context.touchpoint = touchpoint;
    context.sessionChannel = person.sessionChannel;
    context.purchase = purchase;
    context.period = period;
    context.previousPeriod = previousPeriod;
    const eventObservers = this.eventObservers;
    for (let i = 0; i < eventObservers.length; i++) (eventObservers[i] as (typeof eventObservers)[number]).event(person, event, context);
  }

  /** Calls every observer's `person` hook once per person, in key order. */
  finish(): void {
    const people = this.people();
    const observers = this.observers.filter((o): o is Required<Pick<JourneyObserver, 'person'>> => typeof o.person === 'function');
    for (let p = 0; p < people.length; p++) {
      const person = people[p] as PersonState;
      for (let i = 0; i < observers.length; i++) (observers[i] as (typeof observers)[number]).person(person);
    }
  }

  /**
   * The person an event belongs to. Most events repeat what an earlier event of the same
   * anonymous id resolved to, so that answer is remembered per anonymous id and found with one
   * hash lookup; the full resolution (links, users, anonymous people) runs once per anonymous id
   * and again only after the id is linked to a user.
   */
  private personOf(event: CairnEvent): PersonState {
    const anon = event.anonymousId;
    const userId = event.userId;
    const known = this.resolved.get(anon);
    // A remembered person is right for an anonymous event, and for one with the same user id.
    if (known !== undefined && (!userId || known.userId === userId)) return known;
    const person = this.resolve(anon, userId);
    // Remember only what every later event of this anonymous id without a user id (or with this
    // same user id) resolves to: its linked user's person, or its anonymous person.
    const linked = this.links.get(anon);
    if (linked === undefined ? person.userId === null : linked === person.userId) this.resolved.set(anon, person);
    return person;
  }

  private resolve(anon: string, userId: string | undefined): PersonState {
    if (userId) {
      let person = this.users.get(userId);
      if (!this.links.has(anon)) {
        this.links.set(anon, userId);
        this.resolved.delete(anon);
        const anonymous = this.anonymous.get(anon);
        if (anonymous) {
          this.anonymous.delete(anon);
          person = person ? this.merge(person, anonymous) : this.adopt(userId, anonymous);
        }
      }
      if (!person) {
        person = this.newPerson(`user:${userId}`, userId, anon);
        this.users.set(userId, person);
      } else if (person.anonymousIds[person.anonymousIds.length - 1] !== anon && !person.anonymousIds.includes(anon)) {
        person.anonymousIds.push(anon);
      }
      return person;
    }
    const linked = this.links.get(anon);
    if (linked !== undefined) {
      let person = this.users.get(linked);
      if (!person) {
        person = this.newPerson(`user:${linked}`, linked, anon);
        this.users.set(linked, person);
      } else if (person.anonymousIds[person.anonymousIds.length - 1] !== anon && !person.anonymousIds.includes(anon)) {
        person.anonymousIds.push(anon);
      }
      return person;
    }
    let person = this.anonymous.get(anon);
    if (!person) {
      person = this.newPerson(`anon:${anon}`, null, anon);
      this.anonymous.set(anon, person);
    }
    return person;
  }

  private newPerson(key: string, userId: string | null, anonymousId: string): PersonState {
    return new PersonState(key, userId, anonymousId, this.recentHashes.allocate());
  }

  /** An anonymous person becomes a user: same state, new key. */
  private adopt(userId: string, anonymous: PersonState): PersonState {
    const person = this.newPerson(`user:${userId}`, userId, anonymous.anonymousIds[0] as string);
    this.merge(person, anonymous);
    return person;
  }

  /** Folds `from` (a device seen before its identify) into `into`. */
  private merge(into: PersonState, from: PersonState): PersonState {
    for (const anon of from.anonymousIds) if (!into.anonymousIds.includes(anon)) into.anonymousIds.push(anon);
    const fromIsEarlier = from.firstSeen < into.firstSeen;
    into.firstSeen = Math.min(into.firstSeen, from.firstSeen);
    into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
    into.events += from.events;
    const hashes = this.recentHashes.table;
    for (let i = 0; i < RECENT_IDS; i++) {
      const id = from.recent[i];
      if (id === undefined) continue;
      into.recent[into.recentNext] = id;
      hashes[into.index * RECENT_IDS + into.recentNext] = hashes[from.index * RECENT_IDS + i] as number;
      into.recentNext = (into.recentNext + 1) % RECENT_IDS;
    }
    into.sessions += from.sessions;
    if (from.sessionLastAt > into.sessionLastAt) {
      into.sessionLastAt = from.sessionLastAt;
      into.sessionKey = from.sessionKey;
      into.sessionChannel = from.sessionChannel;
      into.sessionReferrer = from.sessionReferrer;
      into.sessionUtm = from.sessionUtm;
    }
    into.channelMask |= from.channelMask;
    if (fromIsEarlier || into.firstChannel === null) into.firstChannel = from.firstChannel ?? into.firstChannel;
    into.touchpoints = [...into.touchpoints, ...from.touchpoints].sort((a, b) => a.at - b.at);
    this.pruneTouchpoints(into);
    this.stages.merge(into, from);
    for (const id of from.orderIds ?? []) if (!(into.orderIds ??= []).includes(id)) into.orderIds.push(id);
    into.conversions += from.conversions;
    into.revenue += from.revenue;
    if (from.firstConversionAt !== null && (into.firstConversionAt === null || from.firstConversionAt < into.firstConversionAt)) {
      into.firstConversionAt = from.firstConversionAt;
    }
    if (!(from.firstPeriod >= into.firstPeriod)) into.firstPeriod = from.firstPeriod;
    if (!(from.lastPeriod <= into.lastPeriod)) into.lastPeriod = from.lastPeriod;
    if (from.lastSeen >= into.lastSeen && from.lastPageName !== '') {
      into.lastPageUrl = from.lastPageUrl;
      into.lastPageName = from.lastPageName;
    }
    for (const observer of this.observers) observer.merge?.(into, from);
    if (into.userId !== null) this.users.set(into.userId, into);
    return into;
  }

  /**
   * Whether the person had this event already: its id is among the person's last
   * `RECENT_IDS` events. A copy re-sent with a retried batch lands next to its original in
   * time order, so a short ring of ids (no allocation per event) is enough. The ids' hashes
   * are compared first (see `RecentIdHashes`): a stored id is read only when its hash matches.
   */
  private isDuplicate(person: PersonState, event: CairnEvent): boolean {
    const id = event.id;
    const hash = idHash(id);
    const hashes = this.recentHashes.table;
    const base = person.index * RECENT_IDS;
    for (let i = 0; i < RECENT_IDS; i++) if (hashes[base + i] === hash && person.recent[i] === id) return true;
    // Fills the slots in order, then overwrites the oldest.
    const next = person.recentNext;
    person.recent[next] = id;
    hashes[base + next] = hash;
    person.recentNext = (next + 1) % RECENT_IDS;
    return false;
  }

  /** The event's traffic source, memoised per person; sets `person.memoKey` to its campaign key. */
  private sourceOf(person: PersonState, event: CairnEvent): TrafficSource | null {
    const { utm, referrer, url } = event;
    const query = url !== undefined && url.includes('?');
    if (!utm && !referrer && !query) return null;
    const sameUtm =
      utm === person.memoUtm ||
      (utm !== undefined &&
        person.memoUtm !== undefined &&
        utm.source === person.memoUtm.source &&
        utm.medium === person.memoUtm.medium &&
        utm.campaign === person.memoUtm.campaign &&
        utm.term === person.memoUtm.term &&
        utm.content === person.memoUtm.content);
    // The URL matters for click ids (its query) and, without a site host, for what "same
    // site" means (its host only: an SPA changes the path on every event, not the host).
    const needsHost = !query && this.options.siteHost === null && referrer !== undefined;
    if (person.memoValid && referrer === person.memoReferrer && sameUtm) {
      if (query ? url === person.memoUrl : !needsHost || url === person.memoUrl || sameOrigin(url, person.memoHost)) {
        if (needsHost) person.memoUrl = url;
        return person.memoSource;
      }
    }
    const source = trafficSourceOf({ utm, referrer, url }, this.sourceOptions);
    person.memoValid = true;
    person.memoReferrer = referrer;
    person.memoUtm = utm;
    person.memoUrl = url;
    person.memoHost = this.options.siteHost === null && referrer !== undefined ? originOf(url) : '';
    person.memoSource = source;
    person.memoKey =
      source !== null && source.channel !== 'Direct'
        ? `${source.channel}\u0000${source.source}\u0000${source.medium}\u0000${source.campaign}\u0000${utm?.term ?? ''}\u0000${utm?.content ?? ''}`
        : null;
    return source;
  }

  /**
   * Sessions: a new one after `sessionTimeoutMs` idle, or when an event arrives from a new
   * campaign: a non-direct source other than the session's, brought by the event itself (a
   * different referrer, different UTMs, or a query string such as a click id). An SPA keeps
   * `document.referrer` of its landing page on every event, and the tracker copies the
   * session's UTMs onto each one: those repeat the session's arrival, they do not start another.
   */
  private trackSession(person: PersonState, event: CairnEvent, at: number): Touchpoint | null {
    const source = this.sourceOf(person, event);
    const key = source === null ? null : person.memoKey;
    const timedOut = person.sessions === 0 || at - person.sessionLastAt > this.options.sessionTimeoutMs;
    if (at > person.sessionLastAt) person.sessionLastAt = at;
    if (!timedOut) {
      if (key === null || key === person.sessionKey) return null;
      const utm = event.utm;
      const was = person.sessionUtm;
      const sameUtm =
        utm === was ||
        (utm !== undefined &&
          was !== undefined &&
          utm.source === was.source &&
          utm.medium === was.medium &&
          utm.campaign === was.campaign &&
          utm.term === was.term &&
          utm.content === was.content);
      const arrival = event.referrer !== person.sessionReferrer || !sameUtm || (event.url?.includes('?') ?? false);
      if (!arrival) return null;
    }
    person.sessionReferrer = event.referrer;
    person.sessionUtm = event.utm;

    const from = source ?? DIRECT;
    person.sessions++;
    this.sessions++;
    person.sessionKey = key;
    person.sessionChannel = from.channel;
    person.channelMask |= CHANNEL_BIT.get(from.channel) ?? 0;
    if (person.firstChannel === null) person.firstChannel = from.channel;
    // A literal of one fixed shape: spreading `from` here gave every touchpoint its own hidden
    // class in V8 (a map and descriptor array each, ~2.5 KB allocated per session).
    const touchpoint: Touchpoint = {
      channel: from.channel,
      source: from.source,
      medium: from.medium,
      campaign: from.campaign,
      at,
      eventId: event.id,
      landingPage: pathOf(event.url) || (event.type === 'page' ? event.name : '(unknown)'),
      term: event.utm?.term ?? '',
      content: event.utm?.content ?? '',
      props: this.touchpointProps.length === 0 ? null : this.propsOf(event),
    };
    // An exact-size copy (most people have one or two sessions; see `appended`).
    person.touchpoints = appended(person.touchpoints, touchpoint);
    this.pruneTouchpoints(person);
    return touchpoint;
  }

  private propsOf(event: CairnEvent): Record<string, string> {
    const props: Record<string, string> = {};
    for (const name of this.touchpointProps) {
      const value = event.props?.[name];
      if (value !== undefined && value !== null) props[name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return props;
  }

  /** Keeps the first touch and the touchpoints inside the lookback window, at most `maxTouchpoints`. */
  private pruneTouchpoints(person: PersonState): void {
    const list = person.touchpoints;
    const horizon = person.lastSeen - this.options.lookbackMs;
    let drop = 1;
    while (drop < list.length - 1 && (list[drop] as Touchpoint).at < horizon) drop++;
    const excess = list.length - (drop - 1) - this.options.maxTouchpoints;
    if (excess > 0) drop += excess;
    if (drop > 1) list.splice(1, drop - 1);
  }
}

/**
 * Runs journey analyses over an array: corrects clock skew, orders events (skipping the sort
 * when they already are), links anonymous ids to users in a first pass so that every event
 * lands in its final journey, then streams them through the observers. Inputs that are not
 * events are skipped and counted in `invalid`.
 */
export function runJourneys(
  events: readonly CairnEvent[],
  options: JourneyOptions,
  observers: readonly JourneyObserver[],
  touchpointProps: readonly string[] = [],
): JourneyStream {
  if (!Array.isArray(events)) throw new TypeError('events must be an array of Cairn events');
  const order = timeOrder(events);
  const stream = new JourneyStream(resolveJourneyOptions(options), options.classifier, observers, touchpointProps, order.links);
  stream.invalid = events.length - order.count;
  // Indexed loops: this function runs once for the whole log, mostly before V8 optimises it,
  // and an unoptimised for-of allocates an iterator result per element.
  const { indexes, times, count } = order;
  for (let k = 0; k < count; k++) {
    const i = indexes[k] as number;
    stream.push(events[i] as CairnEvent, times[i] as number);
  }
  stream.finish();
  return stream;
}

/** The analysable events of an array in time order, with what the journeys need before the first one. */
export interface TimeOrder {
  /** Positions of the analysable events in time order (corrected time, then `seq`, then id): the first `count` entries. */
  indexes: Uint32Array;
  count: number;
  /** Every event's corrected time, by position. */
  times: Float64Array;
  /** anonymousId → the first user id it was seen with, in time order. */
  links: Map<string, string>;
}

/**
 * Orders an array of events by corrected time without per-event objects (two typed arrays),
 * and links anonymous ids to users. Reading a million scattered event objects is the cost
 * here, so the array is read once: a log in (nearly) time order, as a collector writes it, is
 * put in order by insertion as it is read, and its links are gathered in the same pass. Only a
 * shuffled input (more than one step back per 8 events) is sorted afterwards, and read again
 * for its links.
 */
export function timeOrder(events: readonly unknown[]): TimeOrder {
  const n = events.length;
  const list = events as readonly CairnEvent[];
  const times = new Float64Array(n);
  const indexes = new Uint32Array(n);
  const links = new Map<string, string>();
  let count = 0;
  // Insertion keeps `indexes[0..count)` in time order while the steps back stay within budget.
  let inserting = true;
  let steps = 0;
  const budget = (n >> 3) + 1024;
  // The links gathered in input order are the time-order ones unless two events of one
  // anonymous id with different user ids changed places.
  let linksInOrder = true;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    if (!isAnalysable(event)) continue;
    times[i] = eventTime(event);
    if (event.userId && !links.has(event.anonymousId)) links.set(event.anonymousId, event.userId);
    let at = count++;
    while (inserting && at > 0 && compareAt(list, times, indexes[at - 1] as number, i) > 0) {
      const passed = list[indexes[at - 1] as number] as CairnEvent;
      if (event.userId && passed.userId && passed.userId !== event.userId && passed.anonymousId === event.anonymousId) linksInOrder = false;
      indexes[at] = indexes[at - 1] as number;
      at--;
      if (++steps > budget) inserting = false;
    }
    indexes[at] = i;
  }
  if (!inserting) {
    indexes.subarray(0, count).sort((a, b) => compareAt(list, times, a, b));
    linksInOrder = false;
  }
  if (!linksInOrder) {
    links.clear();
    for (let k = 0; k < count; k++) {
      const event = list[indexes[k] as number] as CairnEvent;
      if (event.userId && !links.has(event.anonymousId)) links.set(event.anonymousId, event.userId);
    }
  }
  return { indexes, count, times, links };
}

function compareAt(events: readonly CairnEvent[], times: Float64Array, a: number, b: number): number {
  const ta = times[a] as number;
  const tb = times[b] as number;
  if (ta !== tb) return ta - tb;
  const ea = events[a] as CairnEvent;
  const eb = events[b] as CairnEvent;
  const sa = ea.seq ?? 0;
  const sb = eb.seq ?? 0;
  if (sa !== sb) return sa - sb;
  return ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : a - b;
}
