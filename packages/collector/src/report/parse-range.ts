import { echo } from '../http/echo.js';
import type { TimeRange } from '../sink/sink.js';

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Epoch milliseconds: digits only, so no sign, exponent or fraction. */
const EPOCH_MS = /^\d+$/;
/** ISO 8601 as people type it: a date, then optionally a time (`T` or a space) and an offset. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** The last instant a JavaScript Date can hold (year 275760): beyond it nothing is stored, and stores overflow. */
const MAX_MS = 8.64e15;
/** The calendar date an ISO text starts with: `Date.parse` rolls 2026-02-30 over to March 2 instead of failing. */
const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function existingDate(raw: string): boolean {
  const match = LEADING_DATE.exec(raw);
  if (!match) return true;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The answer of {@link parseRange}. */
export type ParsedRange = { ok: true; range: TimeRange } | { ok: false; error: string };

/**
 * Reads `from` / `to` as given on the command line or in a query string: epoch milliseconds,
 * an ISO date-time, or a date (UTC). `from` is inclusive and `to` exclusive, and a date given as
 * `to` counts whole: `--from 2026-11-01 --to 2026-11-30` covers all of November.
 */
export function parseRange(from: string | null | undefined, to: string | null | undefined): ParsedRange {
  const range: TimeRange = {};
  for (const [key, raw] of [['from', from], ['to', to]] as const) {
    if (raw === null || raw === undefined || raw === '') continue;
    // Only these two forms: Date.parse also reads legacy formats ("-1" became 2001-01-01).
    const value = EPOCH_MS.test(raw) ? Number(raw) : ISO.test(raw) ? Date.parse(DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw.replace(' ', 'T')) : NaN;
    if (!Number.isFinite(value) || !existingDate(raw)) {
      return { ok: false, error: `${key} must be epoch milliseconds, an ISO date (2026-11-01) or date-time, got ${echo(raw)}` };
    }
    if (value < 0 || value > MAX_MS) {
      return { ok: false, error: `${key} must be between 1970-01-01 and the year 275760 (0 to ${MAX_MS} epoch ms), got ${echo(raw)}` };
    }
    range[key] = key === 'to' && DATE_ONLY.test(raw) ? value + DAY : value;
  }
  if (range.from !== undefined && range.to !== undefined && range.from >= range.to) {
    return { ok: false, error: 'from must be before to' };
  }
  return { ok: true, range };
}
