import { medianOf, percentileOf, sortAscending } from '../kpis/duration-summary.js';
import type { FunnelOrder, FunnelResult, FunnelStepResult } from './funnel-result.js';

/** How far one person got: the furthest step (0-based) and the time each step was reached. */
export interface FunnelOutcome {
  best: number;
  times: number[];
  /** The breakdown value, when the funnel has one. */
  group: string | null;
}

function stepResults(labels: readonly string[], outcomes: readonly FunnelOutcome[]): FunnelStepResult[] {
  const n = labels.length;
  const entered = new Array<number>(n).fill(0);
  const durations: number[][] = labels.map(() => []);
  for (const r of outcomes) {
    for (let k = 0; k <= r.best && k < n; k++) {
      entered[k]!++;
      if (k > 0) durations[k]!.push((r.times[k] as number) - (r.times[k - 1] as number));
    }
  }
  const first = entered[0] as number;
  return labels.map((label, k) => {
    const here = entered[k] as number;
    const next = k + 1 < n ? (entered[k + 1] as number) : here;
    const previous = k === 0 ? here : (entered[k - 1] as number);
    const times = sortAscending(durations[k] as number[]);
    return {
      label,
      entered: here,
      converted: next,
      conversionFromStart: first > 0 ? here / first : 0,
      conversionFromPrevious: previous > 0 ? here / previous : 0,
      dropOff: here - next,
      dropOffRate: here > 0 ? (here - next) / here : 0,
      medianTimeToConvertMs: k === 0 ? null : medianOf(times),
      p90TimeToConvertMs: k === 0 ? null : percentileOf(times, 0.9),
    };
  });
}

/**
 * Per-step counts, rates and times from each person's outcome. `entered[k]` counts people
 * whose furthest step is ≥ k, so the counts never grow from one step to the next.
 */
export function summariseFunnel(
  labels: readonly string[],
  outcomes: readonly FunnelOutcome[],
  windowMs: number,
  order: FunnelOrder,
  breakdown: string | null,
): FunnelResult {
  const last = labels.length - 1;
  const totals = sortAscending(
    outcomes.filter((r) => r.best === last).map((r) => (r.times[last] as number) - (r.times[0] as number)),
  );
  const result: FunnelResult = {
    steps: stepResults(labels, outcomes),
    windowMs,
    order,
    medianTotalTimeMs: medianOf(totals),
  };
  if (breakdown !== null) {
    result.breakdown = breakdown;
    const groups = new Map<string, FunnelOutcome[]>();
    for (const r of outcomes) {
      const key = r.group ?? '(none)';
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(r);
    }
    result.groups = [...groups.entries()]
      .map(([value, list]) => ({ value, steps: stepResults(labels, list) }))
      .sort((a, b) => (b.steps[0]?.entered ?? 0) - (a.steps[0]?.entered ?? 0) || (a.value < b.value ? -1 : 1));
  }
  return result;
}
