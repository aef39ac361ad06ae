import { STAGES, stageIndex } from '../../classify/stages.js';
import type { JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { FunnelResult } from './funnel-result.js';
import { summariseFunnel, type FunnelOutcome } from './funnel-summary.js';

const DAY = 86_400_000;

/**
 * The five-stage funnel, read from each person's stage history (the lifecycle's view, not
 * raw event stages: a sign-in before any purchase is consideration there, not retention).
 * A person reached step k when their stage became k or later; a stage skipped on the way
 * (awareness straight to conversion) is reached at the same moment, with zero time to convert.
 * Steps count only while inside `windowMs` of the person's first stage.
 */
export class StageFunnelTable implements JourneyObserver {
  private readonly outcomes: FunnelOutcome[] = [];
  readonly windowMs: number;

  constructor(windowMs: number = 14 * DAY) {
    if (!(windowMs > 0)) throw new RangeError(`windowMs must be a positive number of ms, got ${String(windowMs)}`);
    this.windowMs = windowMs;
  }

  person(person: PersonState): void {
    const history = person.history;
    const first = history[0];
    // The funnel starts at awareness: a person whose first stage is later skipped it, which
    // still counts as reaching it (the first signal seen was further down the funnel).
    if (!first) return;
    const times: number[] = [];
    let h = 0;
    for (let k = 0; k < STAGES.length; k++) {
      while (h < history.length && stageIndex((history[h] as PersonState['history'][number]).stage) < k) h++;
      const change = history[h];
      if (!change || change.at - first.at > this.windowMs) break;
      times.push(change.at);
    }
    this.outcomes.push({ best: times.length - 1, times, group: null });
  }

  result(): FunnelResult {
    return summariseFunnel(STAGES, this.outcomes, this.windowMs, 'ordered', null);
  }
}
