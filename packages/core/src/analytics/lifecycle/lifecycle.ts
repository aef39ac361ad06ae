import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import type { LifecycleResult, RepeatPurchaseRate, RetentionResult } from '../report.js';
import { LifecycleTable } from './lifecycle-table.js';
import { RetentionTable } from './retention-table.js';

/** New / returning / resurrecting / dormant people per period (`options.period`, default week). */
export function lifecycle(events: readonly CairnEvent[], options: JourneyOptions = {}): LifecycleResult {
  const table = new LifecycleTable(options.period ?? 'week');
  runJourneys(events, options, [table]);
  return table.result();
}

/** Cohort retention by first-purchase period, "on" and "on or after". */
export function retention(events: readonly CairnEvent[], options: JourneyOptions = {}): RetentionResult {
  const table = new RetentionTable(options.period ?? 'week');
  runJourneys(events, options, [table]);
  return table.result();
}

/** The share of customers (one purchase or more) who bought at least twice. */
export function repeatPurchaseRate(events: readonly CairnEvent[], options: JourneyOptions = {}): RepeatPurchaseRate {
  const table = new RetentionTable(options.period ?? 'week');
  runJourneys(events, options, [table]);
  return table.repeatPurchaseRate();
}
