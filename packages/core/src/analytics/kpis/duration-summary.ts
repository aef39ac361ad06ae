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

/**
 * Sorts numbers ascending, in place, and returns the array: what `sort((a, b) => a - b)` does,
 * through a `Float64Array` (a numeric sort with no comparator call per pair: the durations of a
 * report hold one entry per person, a hundred thousand and more). Arrays with `NaN` or `-0`
 * keep the comparator sort, whose order for those differs.
 */
export function sortAscending(values: number[]): number[] {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v || (v === 0 && 1 / v < 0)) return values.sort((a, b) => a - b);
    copy[i] = v;
  }
  copy.sort();
  for (let i = 0; i < n; i++) values[i] = copy[i] as number;
  return values;
}

/** Count, mean, median and p90 of durations (any order; the array is sorted in place). */
export function summariseDurations(durations: number[]): DurationSummary {
  sortAscending(durations);
  let sum = 0;
  for (const d of durations) sum += d;
  return {
    count: durations.length,
    meanMs: durations.length === 0 ? null : sum / durations.length,
    medianMs: medianOf(durations),
    p90Ms: percentileOf(durations, 0.9),
  };
}
