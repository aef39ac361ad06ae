import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { DurationSummary } from '../report.js';
import { summariseDurations } from './duration-summary.js';

/** Visitors, converters, orders, revenue and time to convert, for the business KPIs. */
export class BusinessKpis implements JourneyObserver {
  visitors = 0;
  convertedVisitors = 0;
  conversions = 0;
  revenue = 0;
  /** Currencies seen on purchases. */
  readonly currencies = new Set<string>();
  private readonly toConvert: number[] = [];

  event(_person: PersonState, _event: CairnEvent, context: EventContext): void {
    const currency = context.purchase?.currency;
    if (currency) this.currencies.add(currency);
  }

  person(person: PersonState): void {
    this.visitors++;
    this.conversions += person.conversions;
    this.revenue += person.revenue;
    if (person.firstConversionAt !== null) {
      this.convertedVisitors++;
      this.toConvert.push(person.firstConversionAt - person.firstSeen);
    }
  }

  result(): { conversionRate: number; averageOrderValue: number | null; revenuePerVisitor: number | null; timeToConvert: DurationSummary } {
    return {
      conversionRate: this.visitors > 0 ? this.convertedVisitors / this.visitors : 0,
      averageOrderValue: this.conversions > 0 ? this.revenue / this.conversions : null,
      revenuePerVisitor: this.visitors > 0 ? this.revenue / this.visitors : null,
      timeToConvert: summariseDurations(this.toConvert),
    };
  }
}
