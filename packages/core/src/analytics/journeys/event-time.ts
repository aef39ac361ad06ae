import type { CairnEvent } from '../../event/types.js';

/**
 * When an event happened, corrected for the client's clock: the `correctedTs` a collector stored with
 * the event when there is one (`@cairn/collector` corrects all batches of one device by the same offset,
 * so their order is the order of the client's own times); else `ts + (receivedAt − sentAt)` when the
 * collector recorded both (the batch's send time by the client clock and its arrival by the server
 * clock, so their difference is the client's offset plus the network delay); otherwise `ts` as sent.
 */
export function eventTime(event: CairnEvent & { correctedTs?: unknown }): number {
  const { ts, receivedAt, sentAt, correctedTs } = event;
  if (typeof correctedTs === 'number' && Number.isFinite(correctedTs)) return correctedTs;
  if (typeof receivedAt === 'number' && typeof sentAt === 'number' && Number.isFinite(receivedAt - sentAt)) {
    return ts + (receivedAt - sentAt);
  }
  return ts;
}

/** A total order of events given with their corrected times: corrected time, then the tab's sequence number, then id. */
export function compareEventsAt(atA: number, a: CairnEvent, atB: number, b: CairnEvent): number {
  if (atA !== atB) return atA - atB;
  const sa = a.seq ?? 0;
  const sb = b.seq ?? 0;
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
