/**
 * The classifier: event → customer-journey stage, by rules that are data.
 */
import type { CairnEvent } from '../event/types.js';
import { compileRule, dependsOnTypeAndName, eventPath, eventQuery, Matcher } from './compile.js';
import type { CompiledRule, EventLike } from './compile.js';
import { defaultRules } from './rules/index.js';
import { normalizeName } from './normalize.js';
import type { Rule } from './rule.js';
import type { Stage } from './stages.js';

/** Why an event got its stage. */
export interface Explanation {
  /** The stage, or `null` when no rule matched or the matching rule says "not a journey signal". */
  stage: Stage | null;
  /** The id of the rule that decided, or `null` when none matched. */
  ruleId: string | null;
  /** A sentence for people: what matched and why the rule says so; "no rule matched" otherwise. */
  reason: string;
  /** The rule's {@link Rule.act} (an explicit act such as `purchase` or `share`), or `null`. */
  act: string | null;
}

/** Options of {@link createClassifier}. */
export interface ClassifierOptions {
  /** Replaces the default rules (default: {@link defaultRules}). */
  rules?: readonly Rule[];
  /** Rules evaluated before `rules` (or the defaults): any match here wins over them, whatever the priorities. */
  extend?: readonly Rule[];
}

/** A configured classifier. Create once and reuse: rules are compiled and results cached per instance. */
export interface Classifier {
  /** The stage of one event, or `null`. Never throws, whatever the input. */
  classify(event: CairnEvent): Stage | null;
  /** The stage of one event with the rule and the reason. Never throws, whatever the input. */
  explain(event: CairnEvent): Explanation;
  /** The rule that decides an event, or `null` when none matches. Never throws, whatever the input. */
  match(event: CairnEvent): Rule | null;
  /** The rules in effect, in evaluation order. */
  readonly rules: readonly Rule[];
}

const NO_MATCH = 'no rule matched';
const REASON_CACHE_LIMIT = 10_000;

/** A `cta` event named by an id (`data-cairn-cta="hero-1"`) may carry its visible label in `props.label`. */
function labelOf(event: EventLike): string | null {
  if (event.type !== 'cta') return null;
  const props = event.props;
  if (typeof props !== 'object' || props === null) return null;
  const label = (props as { label?: unknown }).label;
  return typeof label === 'string' && label !== event.name ? label : null;
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function describeMatch(c: CompiledRule, event: EventLike, name: string): string {
  const match = c.rule.match;
  const facts: string[] = [];
  if (match.type !== undefined) facts.push(`type ${quote(event.type)}`);
  if (match.name !== undefined) {
    const normal = normalizeName(name);
    facts.push(normal === name ? `name ${quote(name)}` : `name ${quote(name)} (read as ${quote(normal)})`);
  }
  if (match.path !== undefined) facts.push(`path ${quote(eventPath(event))}`);
  for (const [group, source] of [
    ['props', event.props],
    ['utm', event.utm],
    ['query', match.query === undefined ? undefined : eventQuery(event)],
  ] as const) {
    const conditions = match[group];
    if (conditions === undefined) continue;
    for (const key of Object.keys(conditions)) {
      const value = typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[key] : undefined;
      facts.push(value === undefined ? `${group}.${key} absent` : `${group}.${key} = ${quote(value)}`);
    }
  }
  const matched = facts.length === 0 ? 'every event' : facts.join(', ');
  const why = c.rule.why === undefined ? '' : `: ${c.rule.why}`;
  return `rule "${c.rule.id}" matched ${matched}${why}`;
}

/** Compiles rules into a {@link Classifier}. Throws a `TypeError` naming the rule when one is malformed or ids repeat. */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const base = options.rules ?? defaultRules;
  const extra = options.extend ?? [];
  if (!Array.isArray(base) || !Array.isArray(extra)) throw new TypeError('"rules" and "extend" must be arrays of rules');
  const compiled: CompiledRule[] = [];
  const ids = new Set<string>();
  const groups: readonly (readonly Rule[])[] = [extra, base];
  groups.forEach((group, g) => {
    // Within a list: priority descending, then list order. The extend list always comes first.
    const ranked = group
      .map((rule, index) => ({ rule, index }))
      .sort((a, b) => (b.rule?.priority ?? 0) - (a.rule?.priority ?? 0) || a.index - b.index);
    ranked.forEach(({ rule, index }, rank) => {
      const c = compileRule(rule, g * 1_000_000 + rank, index);
      if (ids.has(rule.id)) throw new TypeError(`invalid classifier rule "${rule.id}": duplicate id`);
      ids.add(rule.id);
      compiled.push(c);
    });
  });
  const matcher = new Matcher(compiled);
  const ordered = compiled.map((c) => c.rule);

  // The deciding rule: by name, then (for a CTA named by id) by its visible label. No allocation
  // on this path: it runs once per event.
  const find = (event: EventLike): CompiledRule | null => {
    const c = matcher.match(event);
    if (c !== null) return c;
    const label = labelOf(event);
    return label === null ? null : matcher.match({ type: event.type, name: label, url: event.url, props: event.props, utm: event.utm });
  };

  const safe = (event: unknown): EventLike | null => (typeof event === 'object' && event !== null ? (event as EventLike) : null);

  // Reasons that depend only on the rule, type and name are spelled out once: explain runs at
  // ingest in collectors, and building the sentence costs far more than finding the rule.
  const reasons = new Map<string, string>();
  const reasonFor = (c: CompiledRule, e: EventLike, name: string, byName: boolean): string => {
    const type = typeof e.type === 'string' ? e.type : '';
    if (!byName || !dependsOnTypeAndName(c, type, name)) return describeMatch(c, byName ? e : { ...e, name }, name);
    const key = `${c.order}\u0000${type}\u0000${name}`;
    let reason = reasons.get(key);
    if (reason === undefined) {
      reason = describeMatch(c, e, name);
      if (reasons.size >= REASON_CACHE_LIMIT) reasons.clear();
      reasons.set(key, reason);
    }
    return reason;
  };

  return {
    rules: ordered,
    classify(event) {
      const e = safe(event);
      if (e === null) return null;
      try {
        const c = find(e);
        return c === null ? null : c.rule.stage;
      } catch {
        // Only a hostile object (throwing getters, proxies) gets here.
        return null;
      }
    },
    match(event) {
      const e = safe(event);
      if (e === null) return null;
      try {
        const c = find(e);
        return c === null ? null : c.rule;
      } catch {
        return null;
      }
    },
    explain(event) {
      const e = safe(event);
      if (e === null) return { stage: null, ruleId: null, reason: 'not an event object', act: null };
      try {
        const c = find(e);
        if (c === null) return { stage: null, ruleId: null, reason: NO_MATCH, act: null };
        const byName = matcher.match(e) === c;
        const name = byName ? (typeof e.name === 'string' ? e.name : '') : (labelOf(e) ?? '');
        return {
          stage: c.rule.stage,
          ruleId: c.rule.id,
          reason: reasonFor(c, e, name, byName),
          act: c.rule.act ?? null,
        };
      } catch {
        return { stage: null, ruleId: null, reason: 'not a readable event object', act: null };
      }
    },
  };
}

let defaultClassifier: Classifier | undefined;

/** The classifier with {@link defaultRules}, built on first use. */
export function getDefaultClassifier(): Classifier {
  defaultClassifier ??= createClassifier();
  return defaultClassifier;
}

/**
 * The journey stage of one event by the {@link defaultRules}, or `null` when no rule applies
 * (never a guess). Never throws, whatever the input.
 *
 * @example classify({ ...event, type: 'cta', name: 'В корзину' }) === 'consideration'
 */
export function classify(event: CairnEvent): Stage | null {
  return getDefaultClassifier().classify(event);
}

/**
 * The stage of one event by the {@link defaultRules}, with the rule that decided and why.
 * `{ stage: null, ruleId: null, reason: 'no rule matched' }` when none applies.
 */
export function explain(event: CairnEvent): Explanation {
  return getDefaultClassifier().explain(event);
}
