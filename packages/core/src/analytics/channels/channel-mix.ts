import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import type { ChannelRow } from '../report.js';
import { ChannelTable } from './channel-table.js';

/** Visitors, new visitors, sessions, conversions and revenue per GA4 channel. */
export function channelMix(events: readonly CairnEvent[], options: JourneyOptions = {}): ChannelRow[] {
  const table = new ChannelTable();
  runJourneys(events, options, [table]);
  return table.result();
}
