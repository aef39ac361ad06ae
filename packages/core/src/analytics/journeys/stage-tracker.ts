import { getDefaultClassifier } from '../../classify/classifier.js';
import { createLifecycleTracker, type LifecycleTracker as VisitorTracker, type StageSignal } from '../../classify/lifecycle.js';
import type { Rule } from '../../classify/rule.js';
import { STAGES, stageIndex, type Stage } from '../../classify/stages.js';
import type { CairnEvent } from '../../event/types.js';
import type { PersonState } from './person-state.js';
import { appended } from '../../arrays/appended.js';

/**
 * What the analyses need from a classifier. `createClassifier()` fits (its `match` gives the
 * rule's act, which the lifecycle needs to tell a purchase from a repeat purchase); so does any
 * `{ classify, explain }` pair, whose explanation may carry `act` and `ruleId`.
 */
export interface StageClassifier {
  classify(event: CairnEvent): Stage | null;
  explain?(event: CairnEvent): { stage: Stage | null; act?: string | null; ruleId?: string | null };
  match?(event: CairnEvent): Rule | null;
}

/** Keeps each person's stage and stage history up to date as their events stream by. */
export interface StageTracker {
  /** Classifies the event, moves the person's stage, and returns the event's own stage. */
  push(person: PersonState, event: CairnEvent, at: number): Stage | null;
  /** Folds the stage history of `from` into `into` (two devices found to be one person). */
  merge(into: PersonState, from: PersonState): void;
}

const NO_SIGNAL: StageSignal = { stage: null };

function signalReader(classifier: StageClassifier): (event: CairnEvent) => StageSignal {
  const { match, explain } = classifier;
  if (typeof match === 'function') {
    // One signal object per rule, not per event.
    const signals = new Map<Rule, StageSignal>();
    return (event) => {
      const rule = match.call(classifier, event);
      if (rule === null) return NO_SIGNAL;
      let signal = signals.get(rule);
      if (signal === undefined) signals.set(rule, (signal = { stage: rule.stage, act: rule.act ?? null, ruleId: rule.id }));
      return signal;
    };
  }
  if (typeof explain === 'function') {
    return (event) => {
      const e = explain.call(classifier, event);
      return { stage: e.stage, act: e.act ?? null, ruleId: e.ruleId ?? null };
    };
  }
  return (event) => ({ stage: classifier.classify(event) });
}

/**
 * Stages by the core lifecycle (`createStageTracker` of the classifier: forward only,
 * retention needs an earlier conversion, advocacy a customer or an explicit act), one tracker
 * per person. Each event is classified once: the signal goes to the person's tracker and to
 * the analyses. History times are the clock-corrected ones.
 */
export function createStageTracker(classifier: StageClassifier | undefined): StageTracker {
  const signalOf = signalReader(classifier ?? getDefaultClassifier());
  const valid = new Set<string>(STAGES);
  return {
    push(person, event, at) {
      let signal: StageSignal;
      try {
        signal = signalOf(event);
      } catch {
        // A custom classifier that throws must not sink the report: the event stays unclassified.
        signal = NO_SIGNAL;
      }
      const stage = signal.stage !== null && valid.has(signal.stage) ? signal.stage : null;
      // Unclassified events go in too: the lifecycle counts visits by the gaps between events.
      let tracker = person.stageMemo as VisitorTracker | undefined;
      if (tracker === undefined) person.stageMemo = tracker = createLifecycleTracker();
      // The history is read only when this event moved the stage (at most one change per push).
      if (tracker.push(event, signal.stage === stage ? signal : { ...signal, stage })) {
        const history = tracker.state.history;
        const change = history[history.length - 1] as (typeof history)[number];
        // The lifecycle records the client `ts`; copy only when skew correction moved it. An
        // exact-size array per change, as in the lifecycle (at most one change per stage).
        person.history = appended(person.history, change.at === at ? change : { ...change, at });
        person.stage = tracker.state.stage;
      }
      return stage;
    },
    merge(into, from) {
      // The trackers cannot be replayed without the events: keep the one further along, and
      // merge the histories forward-only by time.
      const a = into.stageMemo as VisitorTracker | undefined;
      const b = from.stageMemo as VisitorTracker | undefined;
      const rank = (t: VisitorTracker | undefined): number => (t?.state.stage ? stageIndex(t.state.stage) : -1);
      if (rank(b) > rank(a)) into.stageMemo = b;
      const merged = [...into.history, ...from.history].sort((x, y) => x.at - y.at);
      let history: PersonState['history'] = [];
      for (const change of merged) {
        const last = history[history.length - 1];
        if (last === undefined || stageIndex(change.stage) > stageIndex(last.stage)) history = appended(history, change);
      }
      into.history = history;
      into.stage = history[history.length - 1]?.stage ?? null;
    },
  };
}
