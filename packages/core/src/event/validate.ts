import { FORBIDDEN_KEYS, LIMITS, UTM_KEYS } from './limits.js';
import { checkMoney } from './money.js';
import { EVENT_TYPES, type CairnEvent, type EventType, type JsonValue, type Props, type Utm } from './types.js';

/** One problem found in an input: where it is (`props.items[0]`) and what is wrong. */
export interface ValidationError {
  path: string;
  message: string;
}

/** The answer of {@link validateEvent}. */
export type EventValidation = { ok: true; event: CairnEvent } | { ok: false; errors: ValidationError[] };

/** An event of a batch that failed validation. */
export interface RejectedEvent {
  /** Its position in the batch's `events` array. */
  index: number;
  /** Its `id`, when it had a usable one. */
  id?: string;
  errors: ValidationError[];
}

/** The answer of {@link validateBatch}. */
export interface BatchValidation {
  /** The valid events, normalised (unknown-free copies), in batch order. */
  events: CairnEvent[];
  /** The invalid events, each with its reasons. The valid ones are kept regardless. */
  rejected: RejectedEvent[];
  /**
   * Problems with the envelope itself (not an object, wrong `v`, too many events, too large).
   * When this is not empty, `events` is empty: nothing of the batch may be stored.
   */
  errors: ValidationError[];
  /** The batch's `sentAt`, when it was valid. */
  sentAt?: number;
}

/** Options of {@link validateBatch}. */
export interface BatchValidationOptions {
  /** The body's size in bytes, when the caller read it (saves serialising the batch again). */
  bytes?: number;
}

const FORBIDDEN = new Set<string>(FORBIDDEN_KEYS);
const ID_LENGTH = LIMITS.idLength;

/** Fields an event may carry, and how each is checked. Unknown fields are an error. */
const FIELDS: Record<string, (value: unknown, path: string, errors: ValidationError[]) => unknown> = {
  id: (v, p, e) => checkId(v, p, e),
  type: (v, p, e) => checkType(v, p, e),
  name: (v, p, e) => checkString(v, p, e, LIMITS.nameLength, true),
  ts: (v, p, e) => checkTime(v, p, e),
  anonymousId: (v, p, e) => checkId(v, p, e),
  userId: (v, p, e) => checkId(v, p, e),
  sessionId: (v, p, e) => checkId(v, p, e),
  url: (v, p, e) => checkString(v, p, e, LIMITS.stringLength, false),
  referrer: (v, p, e) => checkString(v, p, e, LIMITS.stringLength, false),
  title: (v, p, e) => checkString(v, p, e, LIMITS.stringLength, false),
  utm: (v, p, e) => checkUtm(v, p, e),
  seq: (v, p, e) => checkSeq(v, p, e),
  props: (v, p, e) => checkProps(v, p, e),
  receivedAt: (v, p, e) => checkTime(v, p, e),
  sentAt: (v, p, e) => checkTime(v, p, e),
};
const REQUIRED = ['id', 'type', 'name', 'ts', 'anonymousId'];

/**
 * Checks one event against the v1 wire format and its limits.
 * Never throws, whatever `input` is. On success, `event` is a fresh copy holding
 * only known fields (optional fields given as `null` or `undefined` are left out).
 */
export function validateEvent(input: unknown): EventValidation {
  try {
    return validateEventUnsafe(input, '');
  } catch (err) {
    // A getter or proxy in the input threw; report it rather than throw.
    return { ok: false, errors: [{ path: '', message: `could not be read: ${describeError(err)}` }] };
  }
}

function validateEventUnsafe(input: unknown, prefix: string): EventValidation {
  const errors: ValidationError[] = [];
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: prefix, message: `must be an object, got ${kindOf(input)}` }] };
  }
  const event: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const path = prefix + clip(key);
    const check = Object.prototype.hasOwnProperty.call(FIELDS, key) ? FIELDS[key] : undefined;
    if (!check) {
      errors.push({ path, message: `unknown field "${clip(key)}" (put custom data in props)` });
      continue;
    }
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined || (value === null && !REQUIRED.includes(key))) continue;
    const clean = check(value, path, errors);
    if (clean !== undefined) event[key] = clean;
  }
  for (const key of REQUIRED) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined || value === null) errors.push({ path: prefix + key, message: 'is required' });
  }
  if (event.props !== undefined) checkMoney(event.type, event.name, event.props as Props, `${prefix}props`, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, event: event as unknown as CairnEvent };
}

/**
 * Checks a batch (`{ v: 1, sentAt, events }`). Never throws. Each invalid event is listed in
 * `rejected` with its reasons; the valid ones are returned in `events`. Envelope problems
 * (including more than 500 events or more than 512 KB) go to `errors` and reject the whole batch,
 * so that a sender can split it and try again rather than lose part of it.
 */
export function validateBatch(input: unknown, options: BatchValidationOptions = {}): BatchValidation {
  const result: BatchValidation = { events: [], rejected: [], errors: [] };
  try {
    if (!isPlainObject(input)) {
      result.errors.push({ path: '', message: `batch must be an object, got ${kindOf(input)}` });
      return result;
    }
    const batch = input as Record<string, unknown>;
    if (batch.v !== 1) result.errors.push({ path: 'v', message: `must be 1, got ${describe(batch.v)}` });
    const sentAt = checkTime(batch.sentAt, 'sentAt', result.errors);
    const events = batch.events;
    if (!Array.isArray(events)) {
      result.errors.push({ path: 'events', message: `must be an array, got ${kindOf(events)}` });
    } else if (events.length > LIMITS.batchEvents) {
      result.errors.push({
        path: 'events',
        message: `holds ${events.length} events, more than the limit of ${LIMITS.batchEvents}`,
      });
    }
    for (const key of Object.keys(batch)) {
      if (key !== 'v' && key !== 'sentAt' && key !== 'events') {
        result.errors.push({ path: clip(key), message: `unknown field "${clip(key)}"` });
      }
    }
    if (result.errors.length === 0) {
      const bytes = options.bytes ?? utf8Length(JSON.stringify(input));
      if (bytes > LIMITS.batchBytes) {
        result.errors.push({ path: '', message: `batch is ${bytes} bytes, more than the limit of ${LIMITS.batchBytes}` });
      }
    }
    if (result.errors.length > 0 || !Array.isArray(events)) return result;
    result.sentAt = sentAt as number;
    events.forEach((raw: unknown, index) => {
      let checked: EventValidation;
      try {
        checked = validateEventUnsafe(raw, '');
      } catch (err) {
        checked = { ok: false, errors: [{ path: '', message: `could not be read: ${describeError(err)}` }] };
      }
      if (checked.ok) {
        result.events.push(checked.event);
      } else {
        const rejected: RejectedEvent = { index, errors: checked.errors };
        const id = isPlainObject(raw) ? (raw as Record<string, unknown>).id : undefined;
        if (typeof id === 'string' && id.length > 0 && id.length <= ID_LENGTH) rejected.id = id;
        result.rejected.push(rejected);
      }
    });
  } catch (err) {
    return { events: [], rejected: [], errors: [{ path: '', message: `could not be read: ${describeError(err)}` }] };
  }
  return result;
}

/** Half of a surrogate pair, alone: not Unicode text, and stored as U+FFFD it would collide with other ids. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkId(value: unknown, path: string, errors: ValidationError[]): string | undefined {
  const id = checkString(value, path, errors, ID_LENGTH, true);
  if (id !== undefined && LONE_SURROGATE.test(id)) {
    errors.push({ path, message: 'holds half of a surrogate pair (\\ud800–\\udfff alone): ids must be well-formed Unicode, or two would be stored alike' });
    return undefined;
  }
  return id;
}

function checkType(value: unknown, path: string, errors: ValidationError[]): EventType | undefined {
  if (typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value)) return value as EventType;
  errors.push({ path, message: `must be one of ${EVENT_TYPES.join(', ')}; got ${describe(value)}` });
  return undefined;
}

function checkString(
  value: unknown,
  path: string,
  errors: ValidationError[],
  max: number,
  nonEmpty: boolean,
): string | undefined {
  if (typeof value !== 'string') {
    errors.push({ path, message: `must be a string, got ${kindOf(value)}` });
    return undefined;
  }
  if (nonEmpty && value.trim().length === 0) {
    errors.push({ path, message: 'must not be empty' });
    return undefined;
  }
  if (value.length > max) {
    errors.push({ path, message: `is ${value.length} characters long, more than the limit of ${max}` });
    return undefined;
  }
  return value;
}

function checkTime(value: unknown, path: string, errors: ValidationError[]): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path, message: `must be a finite number of epoch milliseconds, got ${describe(value)}` });
    return undefined;
  }
  if (value < LIMITS.minTs || value > LIMITS.maxTs) {
    errors.push({ path, message: `${value} is outside the accepted range (years 2000 to 2100, in epoch milliseconds)` });
    return undefined;
  }
  return value;
}

function checkSeq(value: unknown, path: string, errors: ValidationError[]): number | undefined {
  // `+ 0` turns -0 into 0: JSON has no negative zero, so the stored copy must not either.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value + 0;
  errors.push({ path, message: `must be a non-negative integer, got ${describe(value)}` });
  return undefined;
}

function checkUtm(value: unknown, path: string, errors: ValidationError[]): Utm | undefined {
  if (!isPlainObject(value)) {
    errors.push({ path, message: `must be an object, got ${kindOf(value)}` });
    return undefined;
  }
  const utm: Utm = {};
  const before = errors.length;
  for (const key of Object.keys(value)) {
    if (!(UTM_KEYS as readonly string[]).includes(key)) {
      errors.push({ path: `${path}.${clip(key)}`, message: `unknown campaign field; expected ${UTM_KEYS.join(', ')}` });
      continue;
    }
    const raw = (value as Record<string, unknown>)[key];
    if (raw === undefined || raw === null) continue;
    const clean = checkString(raw, `${path}.${key}`, errors, LIMITS.stringLength, false);
    if (clean !== undefined) utm[key as keyof Utm] = clean;
  }
  return errors.length === before ? utm : undefined;
}

/** Walks `props` once: JSON types only, depth, string length, forbidden keys, then the serialised size. */
function checkProps(value: unknown, path: string, errors: ValidationError[]): Props | undefined {
  if (!isPlainObject(value)) {
    errors.push({ path, message: `must be an object, got ${kindOf(value)}` });
    return undefined;
  }
  const before = errors.length;
  // `budget` stops the walk early on objects far over the size limit (a million keys, say).
  const budget = { left: LIMITS.propsBytes * 4, exceeded: false, root: path };
  const copy = copyJson(value, path, 1, errors, budget) as Props | undefined;
  if (errors.length > before || copy === undefined) return undefined;
  const bytes = utf8Length(JSON.stringify(copy));
  if (bytes > LIMITS.propsBytes) {
    errors.push({ path, message: `is ${bytes} bytes as JSON, more than the limit of ${LIMITS.propsBytes}` });
    return undefined;
  }
  return copy;
}

function copyJson(
  value: unknown,
  path: string,
  depth: number,
  errors: ValidationError[],
  budget: { left: number; exceeded: boolean; root: string },
): JsonValue | undefined {
  if (errors.length >= 20 || budget.exceeded) return undefined; // enough to explain; stop walking a hostile object
  budget.left -= 2;
  if (budget.left < 0) {
    budget.exceeded = true;
    errors.push({ path: budget.root, message: `is far larger than the limit of ${LIMITS.propsBytes} bytes` });
    return undefined;
  }
  switch (typeof value) {
    case 'string':
      budget.left -= value.length;
      if (value.length > LIMITS.stringLength) {
        errors.push({ path, message: `is ${value.length} characters long, more than the limit of ${LIMITS.stringLength}` });
        return undefined;
      }
      return value;
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        errors.push({ path, message: `${String(value)} is not a JSON number` });
        return undefined;
      }
      return value + 0; // -0 → 0, as JSON would

    case 'object': {
      if (value === null) return null;
      if (depth > LIMITS.propsDepth) {
        errors.push({ path, message: `nests deeper than ${LIMITS.propsDepth} levels` });
        return undefined;
      }
      if (Array.isArray(value)) {
        const out: JsonValue[] = [];
        for (let i = 0; i < value.length; i++) {
          const item = copyJson(value[i], `${path}[${i}]`, depth + 1, errors, budget);
          if (item !== undefined) out.push(item);
        }
        return out;
      }
      if (!isPlainObject(value)) {
        errors.push({ path, message: `must be a plain JSON object, got ${kindOf(value)}` });
        return undefined;
      }
      const out: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(value)) {
        const childPath = `${path}.${clip(key)}`;
        if (FORBIDDEN.has(key)) {
          errors.push({ path: childPath, message: `the key "${key}" is not allowed` });
          continue;
        }
        budget.left -= key.length;
        const child = copyJson((value as Record<string, unknown>)[key], childPath, depth + 1, errors, budget);
        if (child !== undefined) out[key] = child;
      }
      return out;
    }
    default:
      errors.push({ path, message: `${typeof value} is not a JSON value` });
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return isPlainObject(value) ? 'an object' : 'a non-plain object';
  return typeof value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return kindOf(value);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describeError(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unknown error';
  }
}

/** Bytes of `text` encoded as UTF-8 (lone surrogates count as the 3-byte replacement character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
