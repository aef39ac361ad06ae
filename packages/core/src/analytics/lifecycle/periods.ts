import type { Period } from '../report.js';

const DAY = 86_400_000;

/**
 * The index of the period an instant falls in (UTC): days since 1970-01-01, ISO weeks
 * (Monday first) since the week of 1970-01-01, or months since January 1970.
 */
export function periodIndex(at: number, period: Period): number {
  const day = Math.floor(at / DAY);
  if (period === 'day') return day;
  // 1970-01-01 was a Thursday: shifting by 3 days puts Mondays on multiples of 7.
  if (period === 'week') return Math.floor((day + 3) / 7);
  const date = new Date(at);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** The first day of a period, `YYYY-MM-DD`. */
export function periodLabel(index: number, period: Period): string {
  let start: number;
  if (period === 'day') start = index * DAY;
  else if (period === 'week') start = (index * 7 - 3) * DAY;
  else start = Date.UTC(1970 + Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
  return new Date(start).toISOString().slice(0, 10);
}
