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

/** A total order: corrected time, then the tab's sequence number, then id. */
export function compareTimed(a: { at: number; event: CairnEvent }, b: { at: number; event: CairnEvent }): number {
  if (a.at !== b.at) return a.at - b.at;
  const sa = a.event.seq ?? 0;
  const sb = b.event.seq ?? 0;
  if (sa !== sb) return sa - sb;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}
