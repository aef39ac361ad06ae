import { LIMITS, type CairnEvent } from '@cairn/core';
import type { DeviceClass, StoredEvent } from '../sink/sink.js';

/** How far after its arrival a corrected time may fall before it is taken as a broken clock (transit jitter is seconds). */
const LATEST_AFTER_ARRIVAL_MS = 86_400_000;

/**
 * `ts + clockOffset`, unless two client clocks made that impossible (after the event arrived by more than a
 * day, or before the protocol's earliest time): then the arrival time, the one time the server knows.
 */
function correctedTime(ts: number, clockOffset: number, receivedAt: number): number {
  const corrected = ts + clockOffset;
  return corrected > receivedAt + LATEST_AFTER_ARRIVAL_MS || corrected < LIMITS.minTs ? receivedAt : corrected;
}

/** What the collector derives from an event's content: its stage, the deciding rule, its channel. */
export interface EventLabels {
  stage: string | null;
  ruleId: string | null;
  channel: string | null;
}

/** Derives {@link EventLabels} for one event. Must not throw. */
export type LabelEvent = (event: CairnEvent) => EventLabels;

/** What the collector knows about the request that carried a batch. */
export interface BatchContext {
  /** Server clock when the request arrived, epoch ms. */
  receivedAt: number;
  /** The batch's `sentAt`, client clock, epoch ms. */
  sentAt: number;
  device: DeviceClass;
}

/**
 * The stored form of a validated event: the collector's own `receivedAt` and `sentAt` replace
 * anything the client claimed, the time is corrected for the client's clock skew (`ts + clockOffset`,
 * where the offset is `receivedAt − sentAt` of this batch or of an earlier one of the same device:
 * see `ClockOffsets`), and the labels are attached.
 */
export function enrichEvent(event: CairnEvent, context: BatchContext, label: LabelEvent, clockOffset: number): StoredEvent {
  const labels = label(event);
  // One literal with every field, in one order: every stored event gets the same hidden class,
  // which keeps the hot path (and the appender loop after it) monomorphic.
  return {
    id: event.id,
    type: event.type,
    name: event.name,
    ts: event.ts,
    anonymousId: event.anonymousId,
    userId: event.userId,
    sessionId: event.sessionId,
    url: event.url,
    referrer: event.referrer,
    title: event.title,
    utm: event.utm,
    seq: event.seq,
    props: event.props,
    receivedAt: context.receivedAt,
    sentAt: context.sentAt,
    correctedTs: correctedTime(event.ts, clockOffset, context.receivedAt),
    stage: labels.stage,
    ruleId: labels.ruleId,
    channel: labels.channel,
    device: context.device,
  };
}
