/**
 * The visitor lifecycle: per-event stages turned into one stage per visitor.
 *
 * 1. A visitor's stage never goes back within one journey.
 * 2. Retention needs an earlier conversion act (a customer): a repeat conversion act of the same
 *    kind (a second purchase), retention activity (account, support, reorder, surveys) or any
 *    classified event in a later visit than the first conversion act.
 * 3. Advocacy needs a customer or an explicit advocacy act (a rule with `act`: review, share,
 *    referral, NPS promoter). Advocacy-ish page views by a non-customer count as consideration,
 *    and so does retention activity by a non-customer.
 */
import type { CairnEvent } from '../event/types.js';
import type { Classifier } from './classifier.js';
import { getDefaultClassifier } from './classifier.js';
import type { Stage } from './stages.js';
import { STAGES } from './stages.js';
import { appended } from '../arrays/appended.js';

/** The moment a visitor reached a stage. */
export interface StageChange {
  stage: Stage;
  /** The event's `ts`. */
  at: number;
  eventId: string;
  /** The classifier rule that classified the event, when known. */
  ruleId: string | null;
  /** Why the visitor reached this stage with this event. */
  reason: string;
}

/** A visitor's current stage and how they got there (at most one entry per stage, in order). */
export interface VisitorStage {
  stage: Stage | null;
  history: StageChange[];
}

/** What is known of an event's stage when the caller classified it already (for example a stored `stage` column). */
export interface StageSignal {
  stage: Stage | null;
  /** The rule's act; without it, a conversion does not make a customer and advocacy needs one. */
  act?: string | null;
  ruleId?: string | null;
}

/** Options of {@link createStageTracker} and {@link visitorStage}. */
export interface StageTrackerOptions {
  /** The classifier for events pushed without a stage (default: the default rules). */
  classifier?: Classifier;
  /** Inactivity that starts a new visit when events carry no `sessionId` (default 30 minutes, as GA4). */
  sessionTimeoutMs?: number;
}

/** Streaming form of {@link visitorStage}: constant memory per visitor, whatever the number of events. */
export interface StageTracker {
  /**
   * Adds the visitor's next event. Events must come in time order (ts, then seq); sorting is the
   * caller's job here. `known` skips classification: a stage, or the stage with its act and rule.
   * Never throws; non-objects are ignored.
   */
  push(event: CairnEvent, known?: Stage | null | StageSignal): void;
  /** The stage so far. The history array is the tracker's own: read it, do not change it. */
  readonly state: VisitorStage;
}

const THIRTY_MINUTES = 30 * 60 * 1000;
const RETENTION = STAGES.indexOf('retention');
const CONSIDERATION = STAGES.indexOf('consideration');
/** Why an event moved the visitor, spelled out by {@link describe}. */
type Why =
  | 'rule'
  | 'customer'
  | 'repeat'
  | 'retention-before-conversion'
  | 'advocacy-page-before-conversion'
  | 'advocacy-act'
  | 'return-visit';

function describe(why: Why, stage: Stage, ruleId: string | null, act: string | null, firstAct: string | null): string {
  const rule = ruleId === null ? `event classified ${stage}` : `rule "${ruleId}"`;
  switch (why) {
    case 'rule':
      return rule;
    case 'customer':
      return `${rule} (${act ?? 'act'}: now a customer)`;
    case 'repeat':
      return `repeat ${act ?? 'act'} (${ruleId ?? 'event'} after an earlier one)`;
    case 'retention-before-conversion':
      return `${rule} (retention activity before any conversion counts as consideration)`;
    case 'advocacy-page-before-conversion':
      return `${rule} (an advocacy page without an advocacy act or an earlier conversion counts as consideration)`;
    case 'advocacy-act':
      return `${rule} (explicit advocacy act: ${act ?? 'act'})`;
    case 'return-visit':
      return `return visit after a conversion (${firstAct ?? 'act'})`;
  }
}

/** Stage → position, without a linear search per event. */
const STAGE_INDEX: ReadonlyMap<unknown, number> = new Map(STAGES.map((stage, i) => [stage, i]));

interface ActSeen {
  orderId: string | null;
  visit: number;
}

function orderIdOf(event: CairnEvent): string | null {
  const props: unknown = event.props;
  if (typeof props !== 'object' || props === null) return null;
  const id = (props as { orderId?: unknown }).orderId;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Reasons are built only when the stage changes, from a handful of parts (why, stage, rule,
 * acts): a hundred thousand visitors share a few dozen distinct sentences. Interned here so
 * each history entry points at one shared string instead of holding its own copy.
 */
const REASONS = new Map<string, string>();
/**
 * Most changes are a plain rule match, whose sentence depends on the rule id alone: those are
 * found by rule id, without building a composite key string (a few hundred bytes of garbage
 * per change, hundreds of thousands of changes in a large report).
 */
const RULE_REASONS = new Map<string, string>();
const REASON_LIMIT = 5_000;

function reasonFor(why: Why, stage: Stage, ruleId: string | null, act: string | null, firstAct: string | null): string {
  if (why === 'rule' && ruleId !== null) {
    let reason = RULE_REASONS.get(ruleId);
    if (reason === undefined) {
      reason = describe(why, stage, ruleId, act, firstAct);
      if (RULE_REASONS.size >= REASON_LIMIT) RULE_REASONS.clear();
      RULE_REASONS.set(ruleId, reason);
    }
    return reason;
  }
  const key = `${why}\u0000${stage}\u0000${ruleId ?? '\u0001'}\u0000${act ?? '\u0001'}\u0000${firstAct ?? '\u0001'}`;
  let reason = REASONS.get(key);
  if (reason === undefined) {
    reason = describe(why, stage, ruleId, act, firstAct);
    if (REASONS.size >= REASON_LIMIT) REASONS.clear();
    REASONS.set(key, reason);
  }
  return reason;
}

/** An empty history shared by trackers that saw no stage yet (most visitors' first events). */
const NO_HISTORY: StageChange[] = Object.freeze([]) as unknown as StageChange[];

/**
 * One visitor's lifecycle state. A class, not a closure: a tracker per visitor is kept for
 * whole journeys (a hundred thousand of them in one report), so its fields live in one object,
 * times in unboxed number fields, and the history and the acts map are created on first need.
 */
class VisitorTracker implements StageTracker {
  readonly state: VisitorStage = { stage: null, history: NO_HISTORY };
  private readonly classifier: Classifier;
  private readonly timeout: number;
  private current = -1;
  /** Visits since the first conversion act (see `push`). */
  private visit = 0;
  /** The previous event's `ts` (NaN before any). */
  private lastTs = Number.NaN;
  private lastSessionId: string | null = null;
  /** The visit of the first conversion act, or -1 before the visitor is a customer. */
  private customerSince = -1;
  private firstAct: string | null = null;
  /** The last conversion of each act, created with the first act (most visitors never convert). */
  private acts: Map<string, ActSeen> | null = null;

  constructor(classifier: Classifier, timeout: number) {
    this.classifier = classifier;
    this.timeout = timeout;
  }

  /** See {@link StageTracker.push}; returns whether the stage moved (a change was added to the history). */
  push(event: CairnEvent, known?: Stage | null | StageSignal): boolean {
    if (typeof event !== 'object' || event === null) return false;
    try {
      const seen = !Number.isNaN(this.lastTs);
      const ts = typeof event.ts === 'number' && Number.isFinite(event.ts) ? event.ts : seen ? this.lastTs : 0;
      const sessionId = typeof event.sessionId === 'string' ? event.sessionId : null;
      // Visit numbers are only ever compared with each other from the first conversion act on
      // (a return visit after it, a repeat act in another visit), never read before it. So they
      // are counted from there: before it, no session ids are compared, which saves a string
      // comparison on most events (most visitors never convert).
      if (seen && this.customerSince !== -1) {
        const newSession = sessionId !== null && this.lastSessionId !== null && sessionId !== this.lastSessionId;
        if (newSession || ts - this.lastTs > this.timeout) this.visit++;
      }
      this.lastTs = ts;
      if (sessionId !== null) this.lastSessionId = sessionId;

      let stage: unknown;
      let act: string | null = null;
      let ruleId: string | null = null;
      if (known === undefined) {
        const rule = this.classifier.match(event);
        if (rule === null) return false;
        stage = rule.stage;
        act = rule.act ?? null;
        ruleId = rule.id;
      } else if (known === null || typeof known !== 'object') {
        stage = known;
      } else {
        stage = known.stage;
        act = typeof known.act === 'string' ? known.act : null;
        ruleId = typeof known.ruleId === 'string' ? known.ruleId : null;
      }
      const index = STAGE_INDEX.get(stage);
      if (index === undefined) return false;
      const visit = this.visit;
      const isCustomer = this.customerSince !== -1;
      let target = index;
      // Reasons are only spelled out when the stage changes: most events change nothing.
      let why: Why = 'rule';

      if (stage === 'conversion' && act !== null) {
        const orderId = orderIdOf(event);
        const acts = (this.acts ??= new Map());
        const seenAct = acts.get(act);
        const repeat =
          seenAct !== undefined &&
          (orderId !== null && seenAct.orderId !== null ? orderId !== seenAct.orderId : visit !== seenAct.visit);
        acts.set(act, { orderId, visit });
        if (!isCustomer) {
          this.customerSince = visit;
          this.firstAct = act;
          why = 'customer';
        } else if (repeat) {
          target = RETENTION;
          why = 'repeat';
        }
      } else if (stage === 'retention' && !isCustomer) {
        target = CONSIDERATION;
        why = 'retention-before-conversion';
      } else if (stage === 'advocacy' && act === null && !isCustomer) {
        target = CONSIDERATION;
        why = 'advocacy-page-before-conversion';
      } else if (stage === 'advocacy' && act !== null) {
        why = 'advocacy-act';
      }

      if (isCustomer && target < RETENTION && visit > this.customerSince) {
        target = RETENTION;
        why = 'return-visit';
      }

      if (target > this.current) {
        this.current = target;
        const reached = STAGES[target] as Stage;
        const state = this.state;
        state.stage = reached;
        const change: StageChange = {
          stage: reached,
          at: ts,
          eventId: typeof event.id === 'string' ? event.id : '',
          ruleId,
          reason: reasonFor(why, stage as Stage, ruleId, act, this.firstAct),
        };
        // An exact-size copy per change (at most one per stage), kept for the whole journey.
        state.history = appended(state.history, change);
        return true;
      }
    } catch {
      // Only hostile objects (throwing getters) get here; the event is skipped, the state stays consistent.
    }
    return false;
  }
}

/** Creates a {@link StageTracker} for one visitor's journey. */
export function createStageTracker(options: StageTrackerOptions = {}): StageTracker {
  return createLifecycleTracker(options);
}

/**
 * A {@link StageTracker} whose `push` also says whether the stage moved: core's journey stream
 * calls it for every event of every person and reads the history only after a change (reading
 * `state.history` per event touched two more objects per event for nothing). Not public.
 */
export interface LifecycleTracker extends StageTracker {
  push(event: CairnEvent, known?: Stage | null | StageSignal): boolean;
}

/** Creates a {@link LifecycleTracker}. */
export function createLifecycleTracker(options: StageTrackerOptions = {}): LifecycleTracker {
  return new VisitorTracker(options.classifier ?? getDefaultClassifier(), options.sessionTimeoutMs ?? THIRTY_MINUTES);
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order the lifecycle reads events in: `ts`, then `seq`, then `id` (then type and name, so
 * that the order never depends on the input order). Events without a finite `ts` come last.
 */
export function compareEvents(a: CairnEvent, b: CairnEvent): number {
  return (
    finiteOr(a.ts, Infinity) - finiteOr(b.ts, Infinity) ||
    finiteOr(a.seq, -1) - finiteOr(b.seq, -1) ||
    compareText(textOf(a.id), textOf(b.id)) ||
    compareText(textOf(a.type), textOf(b.type)) ||
    compareText(textOf(a.name), textOf(b.name))
  );
}

function safeCompare(a: CairnEvent, b: CairnEvent): number {
  const order = compareEvents(a, b);
  return Number.isNaN(order) ? 0 : order; // Infinity - Infinity
}

/**
 * One visitor's stage and stage history, from all of their events in any order (they are sorted
 * by `ts`, `seq`, `id`). Never throws; non-objects in the list are ignored. For a stream, or to
 * keep memory per visitor rather than per event, use {@link createStageTracker}.
 */
export function visitorStage(events: readonly CairnEvent[], options: StageTrackerOptions = {}): VisitorStage {
  const tracker = createStageTracker(options);
  if (Array.isArray(events)) {
    const sorted = events.filter((e): e is CairnEvent => typeof e === 'object' && e !== null);
    try {
      sorted.sort(safeCompare);
    } catch {
      // Hostile getters: keep the input order rather than fail.
    }
    for (const event of sorted) tracker.push(event);
  }
  // The result is the caller's to keep and change: never the trackers' shared empty history.
  const { stage, history } = tracker.state;
  return { stage, history: history === NO_HISTORY ? [] : history };
}
