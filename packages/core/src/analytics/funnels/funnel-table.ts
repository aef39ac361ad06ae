import type { Stage } from '../../classify/stages.js';
import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import { FunnelProgress } from './funnel-progress.js';
import type { FunnelOrder, FunnelResult } from './funnel-result.js';
import { summariseFunnel, type FunnelOutcome } from './funnel-summary.js';
import { compileStep, type CompiledStep, type FunnelStep } from './funnel-step.js';

const DAY = 86_400_000;

/** An exclusion: people doing `step` between steps `from` and `to` (0-based) leave that chain. */
export interface FunnelExclusion {
  step: FunnelStep;
  /** Default 0 (the first step). */
  from?: number;
  /** Default the last step. */
  to?: number;
}

/**
 * Breakdown: a built-in dimension (`channel`, `source`, `medium`, `campaign` of the session,
 * `stage`, `type`, `name`), `utm.KEY`, `props.KEY` (or just `KEY` for a prop), or a function.
 */
export type FunnelBreakdown = string | ((event: CairnEvent) => string | null);

/** Options of `funnel()`. */
export interface FunnelOptions {
  /** Time allowed from step 1 to the last step, ms. Default 14 days (PostHog). */
  windowMs?: number;
  /** Default `ordered`. */
  order?: FunnelOrder;
  exclusions?: readonly FunnelExclusion[];
  breakdown?: FunnelBreakdown;
}

interface CompiledExclusion {
  step: CompiledStep;
  from: number;
  to: number;
}

const NONE = '(none)';

function breakdownValue(
  breakdown: FunnelBreakdown,
  event: CairnEvent,
  context: EventContext,
  person: PersonState,
): string {
  if (typeof breakdown === 'function') return breakdown(event) ?? NONE;
  const touch = person.touchpoints[person.touchpoints.length - 1];
  switch (breakdown) {
    case 'channel':
      return context.sessionChannel;
    case 'source':
      return touch?.source ?? NONE;
    case 'medium':
      return touch?.medium ?? NONE;
    case 'campaign':
      return touch?.campaign ?? NONE;
    case 'stage':
      return context.eventStage ?? NONE;
    case 'type':
      return event.type;
    case 'name':
      return event.name;
  }
  const utm = /^utm\.(.+)$/.exec(breakdown);
  if (utm) return event.utm?.[utm[1] as keyof NonNullable<CairnEvent['utm']>] ?? NONE;
  const value = event.props?.[breakdown.replace(/^props\./, '')];
  if (value === undefined || value === null) return NONE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Counts people through one funnel as journeys stream by. */
export class FunnelTable implements JourneyObserver {
  readonly steps: CompiledStep[];
  readonly windowMs: number;
  readonly order: FunnelOrder;
  private readonly exclusions: CompiledExclusion[];
  private readonly breakdown: FunnelBreakdown | null;
  private readonly slot: number;
  private readonly results: FunnelOutcome[] = [];
  /** Which steps may be skipped (`FunnelStep.optional`). */
  private readonly optional: readonly boolean[];
  /** Which steps the current event does (reused: one array per funnel, not per event). */
  private readonly matched: boolean[];
  /** Every event name a step or exclusion can match, when all of them name their events. */
  private readonly names: Set<string> | null;

  /** `slot`: this funnel's index in `PersonState.slots` (unique per observer). */
  constructor(steps: readonly FunnelStep[], options: FunnelOptions, slot: number) {
    if (!Array.isArray(steps) || steps.length === 0) throw new TypeError('a funnel needs at least one step');
    this.steps = steps.map(compileStep);
    this.optional = this.steps.map((s) => s.optional);
    this.matched = this.steps.map(() => false);
    this.windowMs = options.windowMs ?? 14 * DAY;
    if (!(this.windowMs > 0)) throw new RangeError(`windowMs must be a positive number of ms, got ${String(options.windowMs)}`);
    this.order = options.order ?? 'ordered';
    if (!['ordered', 'strict', 'any'].includes(this.order)) {
      throw new RangeError(`order must be 'ordered', 'strict' or 'any', got ${String(options.order)}`);
    }
    const last = this.steps.length - 1;
    this.exclusions = (options.exclusions ?? []).map((x, i) => {
      const from = x.from ?? 0;
      const to = x.to ?? last;
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > last || from >= to) {
        throw new RangeError(`exclusion ${i + 1}: needs 0 <= from < to <= ${last}, got from ${from}, to ${to}`);
      }
      return { step: compileStep(x.step, i), from, to };
    });
    this.breakdown = options.breakdown ?? null;
    this.slot = slot;
    // When every step and exclusion names its events, an event with another name can be
    // skipped at once (outside strict order, where every event counts).
    const names = [...steps, ...(options.exclusions ?? []).map((x) => x.step)].map((s) =>
      typeof s.name === 'string' ? [s.name] : Array.isArray(s.name) ? (s.name as readonly string[]) : null,
    );
    this.names = this.order !== 'strict' && names.every((n) => n !== null) ? new Set(names.flat() as string[]) : null;
  }

  private progressOf(person: PersonState): FunnelProgress {
    let progress = person.slots[this.slot] as FunnelProgress | undefined;
    if (!progress) {
      progress = new FunnelProgress(this.steps.length, this.windowMs, this.order, this.optional);
      person.slots[this.slot] = progress;
    }
    return progress;
  }

  event(person: PersonState, event: CairnEvent, context: EventContext): void {
    if (this.names !== null && !this.names.has(event.name)) return;
    const stage: Stage | null = context.eventStage;
    let any = false;
    const matched = this.matched;
    for (let k = 0; k < this.steps.length; k++) {
      const m = (this.steps[k] as CompiledStep).test(event, stage);
      matched[k] = m;
      any ||= m;
    }
    const relevant = event.type !== 'identify' && event.type !== 'vital';
    let progress = person.slots[this.slot] as FunnelProgress | undefined;
    if (progress === undefined && !any) return;
    progress ??= this.progressOf(person);
    if ((any || (this.order === 'strict' && relevant)) && progress.step(matched, context.at, relevant)) {
      if (this.breakdown !== null) progress.breakdown = breakdownValue(this.breakdown, event, context, person);
    }
    for (const x of this.exclusions) if (x.step.test(event, stage)) progress.exclude(x.from, x.to, context.at);
  }

  merge(into: PersonState, from: PersonState): void {
    const a = into.slots[this.slot] as FunnelProgress | undefined;
    const b = from.slots[this.slot] as FunnelProgress | undefined;
    if (b && (!a || b.best > a.best || (b.best === a.best && (b.bestTimes[0] ?? 0) < (a.bestTimes[0] ?? 0)))) {
      into.slots[this.slot] = b;
    }
  }

  person(person: PersonState): void {
    const progress = person.slots[this.slot] as FunnelProgress | undefined;
    if (!progress || progress.best < 0) return;
    this.results.push({ best: progress.best, times: progress.bestTimes, group: progress.breakdown });
  }

  /** The funnel's numbers, overall and per breakdown value. */
  result(): FunnelResult {
    return summariseFunnel(
      this.steps.map((s) => s.label),
      this.results,
      this.windowMs,
      this.order,
      this.breakdown === null ? null : typeof this.breakdown === 'string' ? this.breakdown : '(function)',
    );
  }
}
