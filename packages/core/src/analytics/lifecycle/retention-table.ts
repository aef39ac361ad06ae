import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { Period, RepeatPurchaseRate, RetentionCohort, RetentionResult } from '../report.js';
import { periodIndex, periodLabel } from './periods.js';

interface Cohort {
  size: number;
  on: number[];
  onOrAfter: number[];
}

/**
 * Cohort retention by first-purchase period. A member is retained "on" period k when active
 * (any event) in the k-th period after the cohort's, and "on or after" k when active in it or
 * any later one (Mixpanel's two modes); period 0 holds the purchase, so `on[0] = size`.
 * Counted as events stream by. Also counts repeat customers.
 */
export class RetentionTable implements JourneyObserver {
  private readonly cohorts = new Map<number, Cohort>();
  private last = Number.NEGATIVE_INFINITY;
  private customers = 0;
  private repeatCustomers = 0;

  constructor(private readonly period: Period) {}

  private cohort(index: number): Cohort {
    let cohort = this.cohorts.get(index);
    if (!cohort) this.cohorts.set(index, (cohort = { size: 0, on: [], onOrAfter: [] }));
    return cohort;
  }

  event(person: PersonState, _event: CairnEvent, context: EventContext): void {
    if (context.period > this.last) this.last = context.period;
    // A new active period after the first purchase's: a retained member.
    if (context.previousPeriod === undefined || person.firstConversionAt === null) return;
    const c = periodIndex(person.firstConversionAt, this.period);
    const k = context.period - c;
    if (k < 1) return;
    const cohort = this.cohort(c);
    cohort.on[k] = (cohort.on[k] ?? 0) + 1;
  }


  person(person: PersonState): void {
    if (person.conversions > 0) this.customers++;
    if (person.conversions > 1) this.repeatCustomers++;
    if (person.firstConversionAt === null || Number.isNaN(person.lastPeriod)) return;
    const c = periodIndex(person.firstConversionAt, this.period);
    const cohort = this.cohort(c);
    cohort.size++;
    cohort.on[0] = (cohort.on[0] ?? 0) + 1;
    for (let k = 0; k <= person.lastPeriod - c; k++) cohort.onOrAfter[k] = (cohort.onOrAfter[k] ?? 0) + 1;
  }

  /** Cohorts in time order, each with one column per period up to the last period with events. */
  result(): RetentionResult {
    const cohorts: RetentionCohort[] = [...this.cohorts.entries()]
      .filter(([, c]) => c.size > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([c, { size, on, onOrAfter }]) => {
        const width = Math.max(1, this.last - c + 1);
        const onCounts = Array.from({ length: width }, (_, k) => on[k] ?? 0);
        const laterCounts = Array.from({ length: width }, (_, k) => onOrAfter[k] ?? 0);
        return {
          cohort: periodLabel(c, this.period),
          size,
          on: onCounts,
          onOrAfter: laterCounts,
          onRate: onCounts.map((n) => n / size),
          onOrAfterRate: laterCounts.map((n) => n / size),
        };
      });
    return { period: this.period, cohorts };
  }

  /** People with two or more purchases among people with one or more. */
  repeatPurchaseRate(): RepeatPurchaseRate {
    return {
      customers: this.customers,
      repeatCustomers: this.repeatCustomers,
      rate: this.customers > 0 ? this.repeatCustomers / this.customers : 0,
    };
  }
}
