import type { DurationSummary } from '../report.js';

/** The median of sorted numbers (mean of the two middle ones for an even count), or `null`. */
export function medianOf(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile of sorted numbers by nearest rank (`sorted[⌈p·n⌉ − 1]`), or `null`. */
export function percentileOf(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))] as number;
}

/** Count, mean, median and p90 of durations (any order; the array is sorted in place). */
export function summariseDurations(durations: number[]): DurationSummary {
  durations.sort((a, b) => a - b);
  let sum = 0;
  for (const d of durations) sum += d;
  return {
    count: durations.length,
    meanMs: durations.length === 0 ? null : sum / durations.length,
    medianMs: medianOf(durations),
    p90Ms: percentileOf(durations, 0.9),
  };
}
