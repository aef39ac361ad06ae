import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import type { AttributionResult } from '../report.js';
import { AttributionTable, touchpointPropsFor, type AttributionOptions } from './attribution-table.js';

/**
 * Multi-touch attribution: credits each conversion (default: each purchase) to the
 * touchpoints (session starts) of the converting person inside the lookback window, by the
 * chosen model, and sums credits and revenue by channel, source, campaign or a property.
 * The credits of one conversion add up to 1. See `docs/analytics.md` § Attribution.
 */
export function attribute(
  events: readonly CairnEvent[],
  options: AttributionOptions & JourneyOptions = {},
): AttributionResult {
  const table = new AttributionTable(options);
  // The journey keeps touchpoints as long as attribution looks back.
  const lookbackMs = options.lookbackMs ?? table.lookbackMs;
  runJourneys(events, { ...options, lookbackMs }, [table], touchpointPropsFor(table.by));
  return table.result();
}
