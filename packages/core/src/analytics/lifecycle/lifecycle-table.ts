import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { LifecycleResult, LifecycleRow, Period } from '../report.js';
import { periodLabel } from './periods.js';

/**
 * PostHog's lifecycle: each period, every active person is `new` (first seen in it),
 * `returning` (also active the period before) or `resurrecting` (active again after a gap);
 * `dormant` counts people active the period before but not in this one. Counted as events
 * stream by, from each person's previous active period alone (no per-person period list).
 */
export class LifecycleTable implements JourneyObserver {
  private readonly counts = new Map<number, Omit<LifecycleRow, 'period'>>();
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly period: Period) {}

  private row(index: number): Omit<LifecycleRow, 'period'> {
    let row = this.counts.get(index);
    if (!row) this.counts.set(index, (row = { new: 0, returning: 0, resurrecting: 0, dormant: 0 }));
    return row;
  }

  event(_person: PersonState, _event: CairnEvent, context: EventContext): void {
    const { period: p, previousPeriod } = context;
    if (previousPeriod === undefined) return;
    if (p < this.first) this.first = p;
    if (p > this.last) this.last = p;
    const row = this.row(p);
    if (previousPeriod === null) row.new++;
    else if (previousPeriod === p - 1) row.returning++;
    else {
      row.resurrecting++;
      this.row(previousPeriod + 1).dormant++;
    }
  }

  person(person: PersonState): void {
    if (!Number.isNaN(person.lastPeriod)) this.row(person.lastPeriod + 1).dormant++;
  }

  /** One row per period from the first to the last with activity (dormancy after the last is left out). */
  result(): LifecycleResult {
    const rows: LifecycleRow[] = [];
    for (let p = this.first; p <= this.last; p++) {
      const row = this.counts.get(p) ?? { new: 0, returning: 0, resurrecting: 0, dormant: 0 };
      rows.push({ period: periodLabel(p, this.period), ...row });
    }
    return { period: this.period, rows };
  }
}
