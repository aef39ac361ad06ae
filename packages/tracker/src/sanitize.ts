import type { CairnEvent, JsonValue, Props } from './types.js';

// Mirrors @cairn/core's LIMITS (imported as code it would drag the validator into the bundle).
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'];
/** String fields of an event and their longest length. */
const STRINGS: Record<string, number> = {
  id: 128,
  type: 8,
  name: 128,
  anonymousId: 128,
  userId: 128,
  sessionId: 128,
  url: 2048,
  referrer: 2048,
  title: 2048,
};

/**
 * A JSON copy of `value` that the collector accepts: strings clipped to 2,048 characters, no
 * functions / symbols / non-finite numbers / class instances / forbidden keys, at most 4 levels
 * deep (which also ends circular references). `undefined` when nothing usable is left.
 */
export const json = (value: unknown, depth: number): JsonValue | undefined => {
  const kind = typeof value;
  if (kind == 'string') return (value as string).slice(0, 2048);
  if (kind == 'number') return isFinite(value as number) ? (value as number) : undefined;
  if (kind == 'boolean' || value === null) return value as boolean | null;
  if (kind != 'object' || depth > 4) return undefined;
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
    const item = FORBIDDEN.includes(key) ? undefined : json((value as Props)[key], depth + 1);
    if (item !== undefined) out[key] = item;
  }
  return out;
};

/** UTF-8 bytes of `text`. */
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Rebuilds an event from its known fields so that it passes the collector's `validateBatch`:
 * unknown fields go, strings are clipped, props are cleaned and dropped when over 8 KB.
 * `undefined` when a required field is missing or empty.
 */
export const shape = (input: CairnEvent): CairnEvent | undefined => {
  const raw = input as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ts: raw.ts };
  for (const key in STRINGS) {
    const value = raw[key];
    if (typeof value == 'string' && value.trim()) out[key] = value.slice(0, STRINGS[key]);
  }
  if (Number.isSafeInteger(raw.seq) && (raw.seq as number) >= 0) out.seq = raw.seq;
  const utm = raw.utm as Record<string, unknown> | undefined;
  if (utm) {
    const clean: Record<string, string> = {};
    for (const key of UTM_KEYS) if (typeof utm[key] == 'string') clean[key] = (utm[key] as string).slice(0, 2048);
    out.utm = clean;
  }
  const props = json(raw.props, 1);
  if (props && typeof props == 'object' && !Array.isArray(props) && bytes(JSON.stringify(props)) <= 8192) {
    out.props = props;
  }
  return typeof out.ts == 'number' && out.id && out.type && out.name && out.anonymousId
    ? (out as unknown as CairnEvent)
    : undefined;
};
