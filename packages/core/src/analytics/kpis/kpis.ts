import type { CairnEvent } from '../../event/types.js';
import { runJourneys, type JourneyOptions } from '../journeys/journey-stream.js';
import type { KpiReport } from '../report.js';
import { BusinessKpis } from './business-kpis.js';
import { SurveyTable } from './survey-table.js';

/**
 * NPS, CSAT and CES (overall, by stage, by page), conversion rate, average order value,
 * revenue per visitor and time to convert. See `docs/analytics.md` § KPIs.
 */
export function kpis(events: readonly CairnEvent[], options: JourneyOptions = {}): KpiReport {
  const surveys = new SurveyTable();
  const business = new BusinessKpis();
  runJourneys(events, options, [surveys, business]);
  return { ...surveys.result(), ...business.result() };
}
