import type { Stage } from '../../classify/stages.js';
import type { CairnEvent, EventType, JsonValue } from '../../event/types.js';

/**
 * One funnel step: which events count as doing it. Every given condition must hold; a step
 * with no condition matches every event.
 */
export interface FunnelStep {
  /** Shown in results. Default: the name, stage or type condition, else `step N`. */
  label?: string;
  /** The event type, or any of several. */
  type?: EventType | readonly EventType[];
  /** The event name: exact string, any of several, or a pattern. */
  name?: string | readonly string[] | RegExp;
  /** The stage the classifier gives the event, or any of several. */
  stage?: Stage | readonly Stage[];
  /** Props that must equal these values (compared as JSON). */
  props?: Readonly<Record<string, JsonValue>>;
  /** Any other test; gets the event and its stage. */
  match?: (event: CairnEvent, stage: Stage | null) => boolean;
  /**
   * The step may be skipped: a person who does a later step without it is counted as having reached
   * it at that moment, with zero time to convert (a checkout without a shipping step). When every step
   * before an event is optional, the event itself starts the person's chain and window. Ordered and
   * strict funnels; `any` order counts distinct steps and ignores it.
   */
  optional?: boolean;
}

/** A step compiled to a test. */
export interface CompiledStep {
  label: string;
  optional: boolean;
  test: (event: CairnEvent, stage: Stage | null) => boolean;
}

function list<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function sameJson(a: JsonValue | undefined, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === undefined || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compiles a step; throws a `TypeError` naming the step when it is malformed. */
export function compileStep(step: FunnelStep, index: number): CompiledStep {
  if (typeof step !== 'object' || step === null) throw new TypeError(`funnel step ${index + 1} must be an object`);
  const tests: ((event: CairnEvent, stage: Stage | null) => boolean)[] = [];
  if (step.type !== undefined) {
    const types = new Set(list(step.type));
    tests.push((e) => types.has(e.type));
  }
  if (step.name !== undefined) {
    const name = step.name;
    if (name instanceof RegExp) {
      const pattern = new RegExp(name.source, name.flags.replace(/[gy]/g, ''));
      tests.push((e) => pattern.test(e.name));
    } else {
      const names = new Set(list(name));
      tests.push((e) => names.has(e.name));
    }
  }
  if (step.stage !== undefined) {
    const stages = new Set(list(step.stage));
    tests.push((_e, s) => s !== null && stages.has(s));
  }
  if (step.props !== undefined) {
    const entries = Object.entries(step.props);
    tests.push((e) => entries.every(([k, v]) => sameJson(e.props?.[k], v)));
  }
  if (step.match !== undefined) {
    if (typeof step.match !== 'function') throw new TypeError(`funnel step ${index + 1}: "match" must be a function`);
    tests.push(step.match);
  }
  const label =
    step.label ??
    (typeof step.name === 'string'
      ? step.name
      : step.stage !== undefined
        ? list(step.stage).join(' | ')
        : step.type !== undefined
          ? list(step.type).join(' | ')
          : `step ${index + 1}`);
  return {
    label,
    optional: step.optional === true,
    test: (event, stage) => {
      for (const t of tests) if (!t(event, stage)) return false;
      return true;
    },
  };
}
