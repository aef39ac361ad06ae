import type { TimeRange } from '../sink/sink.js';

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
    const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw);
    if (!Number.isFinite(value)) {
      return { ok: false, error: `${key} must be epoch milliseconds, an ISO date (2026-11-01) or date-time, got "${raw}"` };
    }
    range[key] = key === 'to' && DATE_ONLY.test(raw) ? value + DAY : value;
  }
  if (range.from !== undefined && range.to !== undefined && range.from >= range.to) {
    return { ok: false, error: 'from must be before to' };
  }
  return { ok: true, range };
}
