import { analyze, type AnalyzeOptions, type Report } from '@cairn/core';
import type { Sink, StoredEvent, TimeRange } from '../sink/sink.js';

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Only events whose corrected time is in this window (`from` inclusive, `to` exclusive). */
  range?: TimeRange;
  /** Passed to `@cairn/core` `analyze` (sessions, attribution models, funnel window, classifier, …). */
  analyze?: Omit<AnalyzeOptions, 'from' | 'to'>;
  /** Called as events are read: how many so far, of how many in the range. */
  onProgress?: (read: number, total: number) => void;
}

/**
 * The {@link Report} of the stored events: `@cairn/core` `analyze` over the sink's events in
 * time order, streamed (the store is never loaded into memory at once).
 */
export async function buildReport(sink: Sink, options: BuildReportOptions = {}): Promise<Report> {
  const range = options.range ?? {};
  const onProgress = options.onProgress;
  const total = onProgress ? await sink.count(range) : 0;
  const source = onProgress ? counted(sink.scan(range), total, onProgress) : sink.scan(range);
  return analyze(source, {
    ...options.analyze,
    ...(range.from === undefined ? {} : { from: range.from }),
    ...(range.to === undefined ? {} : { to: range.to }),
  });
}

async function* counted(
  events: AsyncIterable<StoredEvent>,
  total: number,
  onProgress: (read: number, total: number) => void,
): AsyncIterable<StoredEvent> {
  let read = 0;
  onProgress(0, total);
  for await (const event of events) {
    yield event;
    if (++read % 5_000 === 0) onProgress(read, total);
  }
  onProgress(read, total);
}
