import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { ChannelRow } from '../report.js';
import { CHANNELS, type Channel } from './channel.js';

/** Visitors, new visitors, sessions, conversions and revenue per channel. */
export class ChannelTable implements JourneyObserver {
  private readonly rows = new Map<Channel, ChannelRow>(
    CHANNELS.map((channel) => [channel, { channel, visitors: 0, newVisitors: 0, sessions: 0, conversions: 0, revenue: 0 }]),
  );

  event(_person: PersonState, _event: CairnEvent, context: EventContext): void {
    if (context.touchpoint !== null) (this.rows.get(context.touchpoint.channel) as ChannelRow).sessions++;
    if (context.purchase !== null) {
      const row = this.rows.get(context.sessionChannel) as ChannelRow;
      row.conversions++;
      row.revenue += context.purchase.value;
    }
  }

  person(person: PersonState): void {
    CHANNELS.forEach((channel, i) => {
      if (person.channelMask & (1 << i)) (this.rows.get(channel) as ChannelRow).visitors++;
    });
    if (person.firstChannel !== null) (this.rows.get(person.firstChannel) as ChannelRow).newVisitors++;
  }

  /** Channels with traffic, in GA4 rule order. */
  result(): ChannelRow[] {
    return [...this.rows.values()].filter((r) => r.visitors > 0 || r.sessions > 0);
  }
}
