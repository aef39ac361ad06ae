/**
 * How steps must follow each other (PostHog's semantics):
 * - `ordered`: in order, other events may come in between (the default);
 * - `strict`: in order, and each step directly followed by the next, nothing in between;
 * - `any`: every step within the window, in any order.
 */
export type FunnelOrder = 'ordered' | 'strict' | 'any';

/** One step of a funnel, as a JSON-serialisable result. All rates are fractions in [0, 1]. */
export interface FunnelStepResult {
  /** The step's label. */
  label: string;
  /** Visitors who reached this step (within the window, in the required order). */
  entered: number;
  /** Visitors who reached this step and then the next one; for the last step, equal to `entered`. */
  converted: number;
  /** `entered / entered of step 1`; 1 for step 1 (0 when nobody entered step 1). */
  conversionFromStart: number;
  /** `entered / entered of the previous step`; 1 for step 1 (0 when the previous step is empty). */
  conversionFromPrevious: number;
  /** Visitors who reached this step but not the next: `entered − converted` (0 for the last step). */
  dropOff: number;
  /** `dropOff / entered` (0 when nobody entered). */
  dropOffRate: number;
  /** Median time from the previous step to this one, ms; `null` for step 1 or when nobody got here. */
  medianTimeToConvertMs: number | null;
  /** 90th percentile (nearest rank) of the same times, ms; `null` like the median. */
  p90TimeToConvertMs: number | null;
}

/** The answer of `funnel()`: one result per step, plus the same per breakdown value. */
export interface FunnelResult {
  steps: FunnelStepResult[];
  /** Conversion window from the first step, ms. */
  windowMs: number;
  order: FunnelOrder;
  /** Median time from step 1 to the last step of visitors who completed the funnel, ms. */
  medianTotalTimeMs: number | null;
  /** The property the funnel was broken down by, when asked. */
  breakdown?: string;
  /**
   * Per value of `breakdown` (the value on the visitor's first step-1 event, first touch;
   * `(none)` when missing), sorted by visitors entering step 1, descending.
   */
  groups?: { value: string; steps: FunnelStepResult[] }[];
}
