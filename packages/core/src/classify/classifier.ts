/**
 * The classifier: event → customer-journey stage, by rules that are data.
 */
import type { CairnEvent } from '../event/types.js';
import { compileRule, dependsOnTypeAndName, eventPath, eventQuery, Matcher } from './compile.js';
import type { CompiledRule, EventLike } from './compile.js';
import { controlWords, destinationOf, pageOf } from './context.js';
import type { Signal } from './context.js';
import { compileLexicon } from './lexicon/compile.js';
import type { CompiledLexicon, LabelMatch } from './lexicon/compile.js';
import { defaultLexicon } from './lexicon/index.js';
import type { Lexicon, LexiconWords } from './lexicon/types.js';
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
  /**
   * What decided: `event` (a rule read the event's name, path or props), `label` (the lexicon read
   * a CTA's label), `control` (the clicked button's name), `destination` (where the click goes,
   * through the page rules) or `page` (the page it was clicked on); `null` when nothing did.
   */
  signal: Signal | null;
  /** When the lexicon decided (`label`, `control`): the intent, the word that matched and its languages. */
  label?: { intent: string; words: string; languages: readonly string[] };
}

/** What a site adds to the defaults: its own rules, and its own words per language and intent. */
export interface ClassifierExtension {
  /** Rules evaluated before the others: any match here wins, whatever the priorities. */
  rules?: readonly Rule[];
  /**
   * Words per language and intent, before the lexicon's: `{ de: { 'add-to-cart': ['In die Tüte'] } }`.
   * A word the lexicon gives another intent takes the one given here.
   */
  words?: LexiconWords;
}

/** Options of {@link createClassifier}. */
export interface ClassifierOptions {
  /** Replaces the default rules (default: {@link defaultRules}). */
  rules?: readonly Rule[];
  /**
   * Rules evaluated before `rules` (or the defaults): any match here wins over them, whatever the
   * priorities. Or `{ rules, words }` to add words to the lexicon as well.
   */
  extend?: readonly Rule[] | ClassifierExtension;
  /** Replaces the default lexicon (default: {@link defaultLexicon}). */
  lexicon?: Lexicon;
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

/** Signals that say where a click goes, tried in this order for a CTA whose label decides nothing. */
type ContextSignal = 'control' | 'destination' | 'page';

/** A stage found from a click's context: the rule that gave it, and what it read. */
interface ContextDecision {
  readonly signal: ContextSignal;
  readonly compiled: CompiledRule;
  readonly rule: Rule;
  /** The control word, destination path or page path read. */
  readonly read: string;
  readonly from?: string;
}
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
  if (match.name !== undefined || match.intent !== undefined) {
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

/** The rule of a context decision carries no act: a "Continue" towards the confirmation page is not the purchase. */
function withoutAct(rule: Rule, cache: Map<Rule, Rule>): Rule {
  if (rule.act === undefined) return rule;
  let copy = cache.get(rule);
  if (copy === undefined) {
    const { act: _act, ...rest } = rule;
    copy = Object.freeze(rest);
    cache.set(rule, copy);
  }
  return copy;
}

function labelReason(c: CompiledRule, name: string, match: LabelMatch, lexicon: CompiledLexicon, what: string): string {
  const key = lexicon.key(name);
  const read = key === name ? quote(name) : `${quote(name)} (read as ${quote(key)})`;
  const why = c.rule.why === undefined ? '' : `: ${c.rule.why}`;
  return `rule "${c.rule.id}": ${what} ${read} means ${match.intent.id} (${match.languages.join(', ')} ${quote(match.words)})${why}`;
}

/** Compiles rules into a {@link Classifier}. Throws a `TypeError` naming the rule when one is malformed or ids repeat. */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const base = options.rules ?? defaultRules;
  const extension: ClassifierExtension = Array.isArray(options.extend)
    ? { rules: options.extend as readonly Rule[] }
    : ((options.extend as ClassifierExtension | undefined) ?? {});
  const extra = extension.rules ?? [];
  if (!Array.isArray(base) || !Array.isArray(extra)) throw new TypeError('"rules" and "extend" must be arrays of rules');
  const lexiconData = options.lexicon ?? defaultLexicon;
  const lexicon = compileLexicon(lexiconData, extension.words === undefined ? [lexiconData.words] : [extension.words, lexiconData.words]);
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
  const matcher = new Matcher(compiled, (name) => lexicon.match(name)?.intent.id ?? null);
  const ordered = compiled.map((c) => c.rule);
  const actless = new Map<Rule, Rule>();

  // The deciding rule: by name, then (for a CTA named by id) by its visible label. No allocation
  // on this path: it runs once per event.
  const find = (event: EventLike): CompiledRule | null => {
    const c = matcher.match(event);
    if (c !== null) return c;
    const label = labelOf(event);
    return label === null ? null : matcher.match({ type: event.type, name: label, url: event.url, props: event.props, utm: event.utm });
  };

  // A CTA no rule decided, whose label is generic ("Continue") or unknown (not noise, not an
  // intent the rules in effect left out): the control's name, then the destination, then the page.
  const fromContext = (event: EventLike): ContextDecision | null => {
    if (event.type !== 'cta') return null;
    const label = labelOf(event) ?? (typeof event.name === 'string' ? event.name : '');
    const known = lexicon.match(label) ?? (typeof event.name === 'string' ? lexicon.match(event.name) : null);
    if (known !== null && known.intent.context !== true) return null;
    const control = controlWords(event);
    if (control !== null) {
      const c = matcher.match({ type: 'cta', name: control });
      if (c !== null && c.rule.stage !== null) return { signal: 'control', compiled: c, rule: c.rule, read: control };
    }
    const destination = destinationOf(event);
    if (destination !== null) {
      const c = matcher.match({ type: 'page', name: destination.path });
      if (c !== null && c.rule.stage !== null) {
        return { signal: 'destination', compiled: c, rule: withoutAct(c.rule, actless), read: destination.path, from: destination.from };
      }
    }
    const page = pageOf(event);
    if (page !== null) {
      const c = matcher.match({ type: 'page', name: page });
      if (c !== null && c.rule.stage !== null) return { signal: 'page', compiled: c, rule: withoutAct(c.rule, actless), read: page };
    }
    return null;
  };

  const safe = (event: unknown): EventLike | null => (typeof event === 'object' && event !== null ? (event as EventLike) : null);

  // Reasons that depend only on the rule, type and name are spelled out once: explain runs at
  // ingest in collectors, and building the sentence costs far more than finding the rule.
  const reasons = new Map<string, string>();
  const reasonFor = (c: CompiledRule, e: EventLike, name: string, byName: boolean, match: LabelMatch | null): string => {
    const type = typeof e.type === 'string' ? e.type : '';
    const describe = (): string =>
      match !== null ? labelReason(c, name, match, lexicon, 'label') : describeMatch(c, byName ? e : { ...e, name }, name);
    if (!byName || !dependsOnTypeAndName(c, type, name)) return describe();
    const key = `${c.order}\u0000${type}\u0000${name}`;
    let reason = reasons.get(key);
    if (reason === undefined) {
      reason = describe();
      if (reasons.size >= REASON_CACHE_LIMIT) reasons.clear();
      reasons.set(key, reason);
    }
    return reason;
  };

  const contextReason = (e: EventLike, d: ContextDecision): string => {
    const label = labelOf(e) ?? (typeof e.name === 'string' ? e.name : '');
    const known = lexicon.match(label);
    const says = known === null ? `label ${quote(label)} is not in the lexicon` : `label ${quote(label)} says nothing by itself (${known.languages.join(', ')} ${quote(known.words)})`;
    const why = d.compiled.rule.why === undefined ? '' : `: ${d.compiled.rule.why}`;
    if (d.signal === 'control') {
      return `${says}; the control's name ${quote(d.read)} decided by rule "${d.rule.id}"${why}`;
    }
    const what = d.signal === 'destination' ? `destination ${quote(d.read)} (props.${d.from ?? 'href'})` : `page ${quote(d.read)}`;
    return `${says}; ${what} matched rule "${d.rule.id}"${why}`;
  };

  return {
    rules: ordered,
    classify(event) {
      const e = safe(event);
      if (e === null) return null;
      try {
        const c = find(e);
        if (c !== null) return c.stage;
        return fromContext(e)?.rule.stage ?? null;
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
        if (c !== null) return c.rule;
        return fromContext(e)?.rule ?? null;
      } catch {
        return null;
      }
    },
    explain(event) {
      const e = safe(event);
      if (e === null) return { stage: null, ruleId: null, reason: 'not an event object', act: null, signal: null };
      try {
        const c = find(e);
        if (c === null) {
          const d = fromContext(e);
          if (d === null) return { stage: null, ruleId: null, reason: NO_MATCH, act: null, signal: null };
          const explanation: Explanation = { stage: d.rule.stage, ruleId: d.rule.id, reason: contextReason(e, d), act: null, signal: d.signal };
          if (d.signal === 'control') {
            const m = lexicon.match(d.read);
            if (m !== null) explanation.label = { intent: m.intent.id, words: m.words, languages: m.languages };
          }
          return explanation;
        }
        const byName = matcher.match(e) === c;
        const name = byName ? (typeof e.name === 'string' ? e.name : '') : (labelOf(e) ?? '');
        const match = c.intents === null ? null : lexicon.match(name);
        const explanation: Explanation = {
          stage: c.rule.stage,
          ruleId: c.rule.id,
          reason: reasonFor(c, e, name, byName, match),
          act: c.rule.act ?? null,
          signal: match === null ? 'event' : 'label',
        };
        if (match !== null) explanation.label = { intent: match.intent.id, words: match.words, languages: match.languages };
        return explanation;
      } catch {
        return { stage: null, ruleId: null, reason: 'not a readable event object', act: null, signal: null };
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
