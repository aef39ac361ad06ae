import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import { CHECKOUT_FUNNEL_STEPS } from './funnel-presets.js';
import type { FunnelResult } from './funnel-result.js';
import type { FunnelStep } from './funnel-step.js';
import { FunnelTable, type FunnelOptions } from './funnel-table.js';
import { StageFunnelTable } from './stage-funnel-table.js';

/**
 * A conversion funnel over people (after identity stitching): how many reached each step,
 * in order, within `windowMs` of their step-1 event. See `docs/analytics.md` § Funnels.
 */
export function funnel(
  events: readonly CairnEvent[],
  steps: readonly FunnelStep[],
  options: FunnelOptions & JourneyOptions = {},
): FunnelResult {
  const table = new FunnelTable(steps, options, 0);
  runJourneys(events, options, [table]);
  return table.result();
}

/**
 * The five-stage funnel, awareness → consideration → conversion → retention → advocacy, from
 * each person's stage history: a person reached a step when their stage became that stage or
 * a later one, within `windowMs` (default 14 days) of their first stage.
 */
export function stageFunnel(
  events: readonly CairnEvent[],
  options: { windowMs?: number } & JourneyOptions = {},
): FunnelResult {
  const table = new StageFunnelTable(options.windowMs);
  runJourneys(events, options, [table]);
  return table.result();
}

/** The checkout funnel: begin → shipping → payment → purchase (tracker, GA4 and Segment names). */
export function checkoutFunnel(events: readonly CairnEvent[], options: FunnelOptions & JourneyOptions = {}): FunnelResult {
  return funnel(events, CHECKOUT_FUNNEL_STEPS, options);
}
