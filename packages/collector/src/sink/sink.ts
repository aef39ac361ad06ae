import type { CairnEvent } from '@cairn/core';

/** The coarse kind of device an event came from, read from the request's `User-Agent`. */
export type DeviceClass = 'desktop' | 'mobile' | 'tablet' | 'bot';

/**
 * An event as the collector stores it: the validated {@link CairnEvent} (with `receivedAt` and
 * `sentAt` set by the collector) plus what the collector derived at ingest.
 */
export interface StoredEvent extends CairnEvent {
  /** Set by the collector: when the batch arrived (server clock, epoch ms). */
  receivedAt: number;
  /** The `sentAt` of the batch that carried the event (client clock, epoch ms). */
  sentAt: number;
  /** `ts + (receivedAt − sentAt)`: the event's time moved onto the server's clock. */
  correctedTs: number;
  /** The journey stage the classifier gave the event, or `null` when no rule matched. */
  stage: string | null;
  /** The id of the classifier rule that decided the stage, or `null`. */
  ruleId: string | null;
  /** The GA4 channel of the event's traffic source (from `utm`, `referrer`, `url`), or `null`. */
  channel: string | null;
  /** The coarse device class of the sender. */
  device: DeviceClass;
}

/** A time window over corrected event time (`correctedTs`), epoch ms: `from` inclusive, `to` exclusive (as `analyze`). */
export interface TimeRange {
  from?: number;
  to?: number;
}

/** The answer of {@link Sink.append}. */
export interface AppendResult {
  /**
   * Ids written by this call, now durable. Every other id of the call was already stored
   * (a duplicate, from an earlier batch, a concurrent one or earlier in the same call).
   */
  inserted: string[];
}

/**
 * Where a collector keeps events. Implementations must:
 * - make `append` atomic and durable: when it resolves, every id in `inserted` survives a crash;
 *   when it rejects, nothing of the call may be reported stored (the collector answers 5xx);
 * - dedupe exactly on `id`, across calls and across restarts (first write wins);
 * - serialise writes, so that concurrent `append` calls never interleave or deadlock.
 *
 * {@link DuckDbSink}, {@link ClickHouseSink} and {@link NdjsonSink} are the shipped ones.
 */
export interface Sink {
  /** Opens or creates the store. Called once, before anything else. */
  init(): Promise<void>;
  /** Stores the events whose id is not stored yet; see the interface's rules. */
  append(events: readonly StoredEvent[]): Promise<AppendResult>;
  /** Every stored event whose corrected time is in `range`, ordered by corrected time then `seq`. */
  scan(range?: TimeRange): AsyncIterable<StoredEvent>;
  /** How many stored events are in `range` (used for progress reports). */
  count(range?: TimeRange): Promise<number>;
  /** The `limit` most recently received events, newest first. */
  latest(limit: number): Promise<StoredEvent[]>;
  /** Waits for writes in flight, then releases the store. */
  close(): Promise<void>;
}
