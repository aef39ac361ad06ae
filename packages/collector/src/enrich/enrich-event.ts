import type { CairnEvent } from '@cairn/core';
import type { DeviceClass, StoredEvent } from '../sink/sink.js';

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
 * anything the client claimed, the time is corrected for the client's clock skew
 * (`ts + (receivedAt − sentAt)`: the batch's age by the client clock is assumed to be its age by
 * the server clock, plus network delay), and the labels are attached.
 */
export function enrichEvent(event: CairnEvent, context: BatchContext, label: LabelEvent): StoredEvent {
  const stored: StoredEvent = {
    ...event,
    receivedAt: context.receivedAt,
    sentAt: context.sentAt,
    correctedTs: event.ts + (context.receivedAt - context.sentAt),
    stage: null,
    ruleId: null,
    channel: null,
    device: context.device,
  };
  const labels = label(stored);
  stored.stage = labels.stage;
  stored.ruleId = labels.ruleId;
  stored.channel = labels.channel;
  return stored;
}
