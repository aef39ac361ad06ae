import { FORBIDDEN_KEYS, LIMITS } from '@cairn/core/limits';
import type { CairnEvent, JsonValue, Props } from './types.js';

/**
 * `text` cut to `max` UTF-16 units, without the half emoji a cut can leave (also at the end of a CTA
 * label, which clicks.ts cuts to 100 and shape() passes through here): a lone surrogate cannot be
 * encoded in UTF-8, and a collector storing UTF-8 (DuckDB) refused the whole batch, retried forever.
 */
export const clip = (text: string, max: number): string => text.slice(0, max).replace(/[\ud800-\udbff]$/, '');

/**
 * A JSON copy of `value` that the collector accepts: strings clipped to 2,048 characters, no
 * functions / symbols / non-finite numbers / class instances / forbidden keys, at most 4 levels
 * deep (which also ends circular references). `undefined` when nothing usable is left.
 */
export const json = (value: unknown, depth: number): JsonValue | undefined => {
  const kind = typeof value;
  if (kind == 'string') return clip(value as string, LIMITS.stringLength);
  if (kind == 'boolean' || value === null || (kind == 'number' && isFinite(value as number))) return value as JsonValue;
  // Non-finite numbers, functions, symbols, bigints, undefined, and what is nested too deep (or circular).
  if (kind != 'object' || depth > LIMITS.propsDepth) return undefined;
  if (Array.isArray(value)) {
    return value
      .slice(0, 500)
      .map((item) => json(item, depth + 1))
      .filter((item) => item !== undefined) as JsonValue[];
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto && proto != Object.prototype) return undefined;
  const out: Props = {};
  for (const key of Object.keys(value as object).slice(0, 500)) {
    const item = (FORBIDDEN_KEYS as readonly string[]).includes(key) ? undefined : json((value as Props)[key], depth + 1);
    if (item !== undefined) out[key] = item;
  }
  return out;
};

/**
 * Re-checks what the site could have made invalid (the name, the props, or anything `beforeSend`
 * returned) so that the event passes the collector's `validateBatch`: the name is clipped to 128
 * characters, props are cleaned and left out when over 8 KB of UTF-8. `undefined` when a required
 * field is missing or empty. The other fields come from the tracker itself, already within limits.
 */
export const shape = (event: CairnEvent): CairnEvent | undefined => {
  const name = typeof event.name == 'string' ? clip(event.name.trim(), LIMITS.nameLength) : '';
  const props = json(event.props, 1) as Props | undefined;
  const text = JSON.stringify(props);
  // A plain object (json() builds those with a literal: not an array, a string or a number), not empty,
  // within 8 KB of UTF-8. A UTF-16 unit is at most 3 bytes, so only a long text is encoded to count them
  // (measuring with `new Blob` took three quarters of a track() call in Chromium).
  const fits =
    props?.constructor == Object && Object.keys(props).length && (text.length * 3 <= LIMITS.propsBytes || new TextEncoder().encode(text).length <= LIMITS.propsBytes);
  return name && event.id && event.type && event.anonymousId ? { ...event, name, props: fits ? props : undefined } : undefined;
};
