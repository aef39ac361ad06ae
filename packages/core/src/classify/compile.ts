/**
 * Compiles rule data into a fast matcher.
 *
 * Per event type, rules whose names are all plain strings are indexed in a hash by normalised
 * name; the rest are kept in priority order. The candidates for one (type, name) pair are merged
 * once and cached, with everything that depends only on type and name (name tests, and the path
 * of a `page` event, whose name is its path) already checked. What is left per event is a
 * cache lookup plus the few conditions that read `props`, `utm`, `url` or its query.
 */
import { EVENT_TYPES } from '../event/types.js';
import type { EventType } from '../event/types.js';
import { globToRegExp } from './glob.js';
import { queryOf } from '../url/url-parts.js';
import { normalizeName, normalizePath, pathOf } from './normalize.js';
import type { NameMatch, PathMatch, MatchPrimitive, RegexMatch, Rule, ValueMatch } from './rule.js';
import { STAGES } from './stages.js';

/** A test on one property or UTM value; `undefined` means "absent". */
type ValueTest = (value: unknown) => boolean;

/** A rule turned into tests. */
export interface CompiledRule {
  readonly rule: Rule;
  /** `rule.stage`, one load closer for the per-event path. */
  readonly stage: Rule['stage'];
  /** Position in evaluation order (lower first). */
  readonly order: number;
  readonly types: ReadonlySet<string> | null;
  /** Normalised names, when the rule has any. */
  readonly normalNames: ReadonlySet<string> | null;
  readonly exactNames: ReadonlySet<string> | null;
  readonly nameRegexes: readonly RegExp[] | null;
  readonly paths: readonly RegExp[] | null;
  readonly props: readonly (readonly [string, ValueTest])[] | null;
  readonly utm: readonly (readonly [string, ValueTest])[] | null;
  readonly query: readonly (readonly [string, ValueTest])[] | null;
  /** Intents the name must have in the lexicon, when the rule names any. */
  readonly intents: ReadonlySet<string> | null;
}

/** A rule that may apply to a (type, name) pair, with what still has to be checked per event. */
interface Candidate {
  readonly compiled: CompiledRule;
  /** Path, props, utm or query conditions remain to be checked on the event itself. */
  readonly residual: boolean;
}

/** The event fields the matcher reads; anything may be missing or of the wrong type. */
export interface EventLike {
  type?: unknown;
  name?: unknown;
  url?: unknown;
  props?: unknown;
  utm?: unknown;
}

const CACHE_LIMIT = 20_000;

/** The position of an event type in {@link EVENT_TYPES}, or -1; a switch, not a search, since it runs per event. */
function typeSlot(type: unknown): number {
  switch (type) {
    case 'page':
      return 0;
    case 'cta':
      return 1;
    case 'checkout':
      return 2;
    case 'track':
      return 3;
    case 'identify':
      return 4;
    case 'survey':
      return 5;
    case 'vital':
      return 6;
    default:
      return -1;
  }
}

type CacheEntry = CompiledRule | null | readonly Candidate[];

function fail(rule: unknown, index: number, message: string): never {
  const id =
    typeof rule === 'object' && rule !== null && typeof (rule as { id?: unknown }).id === 'string'
      ? `"${(rule as { id: string }).id}"`
      : `#${index}`;
  throw new TypeError(`invalid classifier rule ${id}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function compileRegex(spec: RegexMatch, where: string, rule: unknown, index: number): RegExp {
  if (typeof spec.regex !== 'string') fail(rule, index, `${where}: "regex" must be a string`);
  const flags = spec.flags ?? '';
  if (typeof flags !== 'string' || /[gy]/.test(flags)) {
    fail(rule, index, `${where}: "flags" must be a string without g or y`);
  }
  try {
    return new RegExp(spec.regex, flags);
  } catch (error) {
    return fail(rule, index, `${where}: ${(error as Error).message}`);
  }
}

function isPrimitive(value: unknown): value is MatchPrimitive {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function compileValue(spec: ValueMatch, where: string, ignoreCase: boolean, rule: unknown, index: number): ValueTest {
  if (isPrimitive(spec)) {
    if (ignoreCase && typeof spec === 'string') {
      const lower = spec.toLowerCase();
      return (v) => typeof v === 'string' && v.toLowerCase() === lower;
    }
    return (v) => v === spec;
  }
  if (!isRecord(spec)) fail(rule, index, `${where}: expected a JSON primitive or a match object`);
  if ('exists' in spec) {
    const want = spec.exists === true;
    return (v) => (v !== undefined) === want;
  }
  if ('in' in spec) {
    if (!Array.isArray(spec.in) || !spec.in.every(isPrimitive)) {
      fail(rule, index, `${where}: "in" must be an array of JSON primitives`);
    }
    const tests = (spec.in as MatchPrimitive[]).map((item) => compileValue(item, where, ignoreCase, rule, index));
    return (v) => tests.some((test) => test(v));
  }
  if ('regex' in spec) {
    const re = compileRegex(spec as RegexMatch, where, rule, index);
    return (v) => typeof v === 'string' && re.test(v);
  }
  if ('gte' in spec || 'lte' in spec) {
    const { gte, lte } = spec as { gte?: unknown; lte?: unknown };
    if ((gte !== undefined && typeof gte !== 'number') || (lte !== undefined && typeof lte !== 'number')) {
      fail(rule, index, `${where}: "gte" and "lte" must be numbers`);
    }
    const low = (gte as number | undefined) ?? -Infinity;
    const high = (lte as number | undefined) ?? Infinity;
    return (v) => typeof v === 'number' && v >= low && v <= high;
  }
  return fail(rule, index, `${where}: expected one of exists, in, gte/lte or regex`);
}

function compileConditions(
  spec: unknown,
  where: string,
  ignoreCase: boolean,
  rule: unknown,
  index: number,
): (readonly [string, ValueTest])[] | null {
  if (spec === undefined) return null;
  if (!isRecord(spec)) fail(rule, index, `${where} must be an object`);
  const tests = Object.keys(spec).map(
    (key) => [key, compileValue(spec[key] as ValueMatch, `${where}.${key}`, ignoreCase, rule, index)] as const,
  );
  return tests.length === 0 ? null : tests;
}

/** Validates one rule and compiles its tests; throws a `TypeError` naming the rule when it is malformed. */
export function compileRule(rule: Rule, order: number, index: number): CompiledRule {
  if (!isRecord(rule)) fail(rule, index, 'a rule must be an object');
  if (typeof rule.id !== 'string' || rule.id === '') fail(rule, index, '"id" must be a non-empty string');
  if (rule.stage !== null && !STAGES.includes(rule.stage)) {
    fail(rule, index, `"stage" must be one of ${STAGES.join(', ')} or null`);
  }
  if (rule.priority !== undefined && !Number.isFinite(rule.priority)) fail(rule, index, '"priority" must be a finite number');
  if (rule.act !== undefined && typeof rule.act !== 'string') fail(rule, index, '"act" must be a string');
  if (rule.why !== undefined && typeof rule.why !== 'string') fail(rule, index, '"why" must be a string');
  const match: unknown = rule.match;
  if (!isRecord(match)) fail(rule, index, '"match" must be an object');

  let types: Set<string> | null = null;
  if (match.type !== undefined) {
    types = new Set();
    for (const type of toList(match.type)) {
      if (!EVENT_TYPES.includes(type as EventType)) fail(rule, index, `unknown event type "${String(type)}"`);
      types.add(type as string);
    }
  }

  let normalNames: Set<string> | null = null;
  let exactNames: Set<string> | null = null;
  let nameRegexes: RegExp[] | null = null;
  if (match.name !== undefined) {
    for (const name of toList(match.name as NameMatch | readonly NameMatch[])) {
      if (typeof name === 'string') {
        (normalNames ??= new Set()).add(normalizeName(name));
      } else if (isRecord(name) && typeof name.exact === 'string') {
        (exactNames ??= new Set()).add(name.exact);
      } else if (isRecord(name) && 'regex' in name) {
        (nameRegexes ??= []).push(compileRegex(name as unknown as RegexMatch, 'name', rule, index));
      } else {
        fail(rule, index, 'each name must be a string, { exact } or { regex, flags }');
      }
    }
  }

  let intents: Set<string> | null = null;
  if (match.intent !== undefined) {
    intents = new Set();
    for (const intent of toList(match.intent as string | readonly string[])) {
      if (typeof intent !== 'string' || intent === '') fail(rule, index, 'each intent must be a non-empty string');
      intents.add(intent);
    }
  }

  let paths: RegExp[] | null = null;
  if (match.path !== undefined) {
    paths = [];
    for (const path of toList(match.path as PathMatch | readonly PathMatch[])) {
      if (typeof path === 'string') {
        try {
          paths.push(globToRegExp(path));
        } catch (error) {
          fail(rule, index, (error as Error).message);
        }
      } else if (isRecord(path) && 'regex' in path) {
        paths.push(compileRegex(path as unknown as RegexMatch, 'path', rule, index));
      } else {
        fail(rule, index, 'each path must be a glob string or { regex, flags }');
      }
    }
  }

  return {
    rule,
    stage: rule.stage,
    order,
    types,
    normalNames,
    exactNames,
    nameRegexes,
    paths,
    props: compileConditions(match.props, 'props', false, rule, index),
    utm: compileConditions(match.utm, 'utm', true, rule, index),
    // Parameter names are compared lower-cased, as eventQuery reads them.
    query: compileConditions(match.query, 'query', true, rule, index)?.map(([key, test]) => [key.toLowerCase(), test] as const) ?? null,
    intents,
  };
}

function nameMatches(c: CompiledRule, raw: string, normal: string): boolean {
  if (c.normalNames === null && c.exactNames === null && c.nameRegexes === null) return true;
  if (c.normalNames?.has(normal) === true) return true;
  if (c.exactNames?.has(raw) === true) return true;
  return c.nameRegexes?.some((re) => re.test(raw)) === true;
}

function pathMatches(c: CompiledRule, normalPath: string | null): boolean {
  if (c.paths === null) return true;
  if (normalPath === null) return false;
  return c.paths.some((re) => re.test(normalPath));
}

function conditionsHold(tests: readonly (readonly [string, ValueTest])[] | null, source: unknown): boolean {
  if (tests === null) return true;
  const record = isRecord(source) ? source : undefined;
  for (const [key, test] of tests) {
    const value = record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
    if (!test(value)) return false;
  }
  return true;
}

/**
 * Whether what a rule matched in an event depends only on the event's type and name (no props or
 * utm conditions, and a path, if any, read from a `page` event's name): then its explanation can
 * be cached by type and name.
 */
export function dependsOnTypeAndName(c: CompiledRule, type: string, name: string): boolean {
  return c.props === null && c.utm === null && c.query === null && (c.paths === null || pagePathFromName(type, name) !== null);
}

/** Whether a `page` event's name is itself a path or URL (then its path is known from the name alone). */
function pagePathFromName(type: string, name: string): string | null {
  if (type !== 'page') return null;
  const first = name.charCodeAt(0);
  if (first !== 47 /* / */ && first !== 104 /* h */ && first !== 72 /* H */) return null;
  return pathOf(name);
}

/** The normalised path an event's path conditions are tested against, or `null` when it has none. */
export function eventPath(event: EventLike): string | null {
  const type = typeof event.type === 'string' ? event.type : '';
  const name = typeof event.name === 'string' ? event.name : '';
  const fromName = pagePathFromName(type, name);
  if (fromName !== null) return normalizePath(fromName);
  if (typeof event.url === 'string') {
    const fromUrl = pathOf(event.url);
    if (fromUrl !== null) return normalizePath(fromUrl);
  }
  return null;
}

/**
 * The query parameters of the event's own URL (`url`, else a `page` event's name when that is a URL),
 * names lower-cased; only rules with a `query` condition read them.
 */
export function eventQuery(event: EventLike): Record<string, string> {
  const url = typeof event.url === 'string' && event.url !== '' ? event.url : event.type === 'page' ? event.name : undefined;
  return Object.fromEntries(queryOf(typeof url === 'string' ? url : undefined));
}

/** Compiled rules with per-type indexes, and a cache of what applies to each (name, type) pair. */
export class Matcher {
  private readonly byName = new Map<string, Map<string, CompiledRule[]>>();
  private readonly others = new Map<string, CompiledRule[]>();
  /** Rules without a type condition, for events whose type is not a known {@link EventType}. */
  private readonly untyped: CompiledRule[] = [];
  /**
   * Per event type (by slot), per raw name: the rule when it applies unconditionally, `null` when
   * no rule can, or the candidates that still need per-event checks. At most 20,000 names per type;
   * the oldest is dropped first. One map per type, so a lookup is one hash probe and no array.
   */
  private readonly cache: Map<string, CacheEntry>[] = EVENT_TYPES.map(() => new Map());
  /**
   * Per type slot, the entry of a type no rule reads the name of (web vitals, identify, surveys
   * with the defaults): one entry for every name, so their names never reach the cache.
   */
  private readonly nameFree: (CacheEntry | undefined)[] = [];

  /**
   * @param intentOf the lexicon intent of a name (or `null`), for rules with an `intent` condition;
   *   called once per distinct name and type, since candidates are cached.
   */
  constructor(
    rules: readonly CompiledRule[],
    private readonly intentOf: (name: string) => string | null = () => null,
  ) {
    const sorted = [...rules].sort((a, b) => a.order - b.order);
    for (const type of EVENT_TYPES) {
      this.byName.set(type, new Map());
      this.others.set(type, []);
    }
    for (const c of sorted) {
      if (c.types === null) this.untyped.push(c);
      const indexable = c.normalNames !== null && c.exactNames === null && c.nameRegexes === null && c.intents === null;
      for (const type of c.types ?? EVENT_TYPES) {
        if (indexable) {
          const index = this.byName.get(type) as Map<string, CompiledRule[]>;
          for (const name of c.normalNames as ReadonlySet<string>) {
            const list = index.get(name);
            if (list === undefined) index.set(name, [c]);
            else list.push(c);
          }
        } else {
          (this.others.get(type) as CompiledRule[]).push(c);
        }
      }
    }
    EVENT_TYPES.forEach((type, slot) => {
      const rules = [...(this.byName.get(type) as Map<string, CompiledRule[]>).values()].flat().concat(this.others.get(type) ?? []);
      const readsName = type === 'page' || rules.some((c) => c.normalNames !== null || c.exactNames !== null || c.nameRegexes !== null || c.intents !== null);
      this.nameFree[slot] = readsName ? undefined : this.entry(type, '');
    });
  }

  /** The rule that classifies an event, or `null` when none applies. */
  match(event: EventLike): CompiledRule | null {
    const type = event.type;
    const name = typeof event.name === 'string' ? event.name : '';
    const slot = typeSlot(type);
    let entry: CacheEntry | undefined;
    if (slot === -1) {
      entry = this.entry(typeof type === 'string' ? type : '', name);
    } else if ((entry = this.nameFree[slot]) === undefined) {
      const cache = this.cache[slot] as Map<string, CacheEntry>;
      entry = cache.get(name);
      if (entry === undefined) {
        if (cache.size >= CACHE_LIMIT) {
          const oldest = cache.keys().next();
          if (oldest.done !== true) cache.delete(oldest.value);
        }
        entry = this.entry(type as string, name);
        cache.set(name, entry);
      }
    }
    if (entry === null || !Array.isArray(entry)) return entry as CompiledRule | null;
    const candidates = entry as readonly Candidate[];
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i] as Candidate;
      if (!candidate.residual) return candidate.compiled;
      const c = candidate.compiled;
      if (
        conditionsHold(c.props, event.props) &&
        conditionsHold(c.utm, event.utm) &&
        (c.query === null || conditionsHold(c.query, eventQuery(event))) &&
        (c.paths === null || pagePathFromName(type as string, name) !== null || pathMatches(c, eventPath(event)))
      ) {
        return c;
      }
    }
    return null;
  }

  private entry(type: string, name: string): CacheEntry {
    const candidates = this.candidates(type, name);
    if (candidates.length === 0) return null;
    const first = candidates[0] as Candidate;
    return first.residual ? candidates : first.compiled;
  }

  /** The rules that may apply to a (type, name) pair, in evaluation order. */
  private candidates(type: string, name: string): readonly Candidate[] {
    const normal = normalizeName(name);
    const named = this.byName.get(type)?.get(normal);
    const others = this.others.get(type) ?? this.untyped;
    const merged: CompiledRule[] = named === undefined ? [...others] : [...named, ...others];
    if (named !== undefined && others.length > 0) merged.sort((a, b) => a.order - b.order);
    const rawPath = pagePathFromName(type, name);
    const staticPath = rawPath === null ? null : normalizePath(rawPath);
    const out: Candidate[] = [];
    let intent: string | null | undefined;
    for (const c of merged) {
      if (!nameMatches(c, name, normal)) continue;
      if (c.intents !== null) {
        if (intent === undefined) intent = this.intentOf(name);
        if (intent === null || !c.intents.has(intent)) continue;
      }
      if (staticPath !== null && !pathMatches(c, staticPath)) continue;
      const residual = c.props !== null || c.utm !== null || c.query !== null || (c.paths !== null && staticPath === null);
      out.push({ compiled: c, residual });
      if (!residual) break; // nothing after an unconditional match can win
    }
    return out;
  }
}
