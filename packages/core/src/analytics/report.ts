/**
 * The {@link Report} that `analyze()` returns: every analysis of `docs/analytics.md` at once.
 *
 * The report is plain JSON: numbers, strings, booleans, `null`, arrays and plain objects, no
 * `Map`, `Set`, `Date` or `undefined` values, so `JSON.parse(JSON.stringify(report))` deep-equals
 * it. Times are epoch milliseconds (UTC); durations are milliseconds; rates and shares are
 * fractions in [0, 1]; survey scores are on their usual scales (NPS −100…100, CSAT 0…100,
 * CES 1…7). Every list is sorted deterministically, so the same events (in any order) give the
 * same report.
 */
import type { Stage } from '../classify/stages.js';
import type { Channel } from './channels/channel.js';
import type { FunnelResult } from './funnels/funnel-result.js';

/** Bump when a field changes meaning or disappears; adding fields keeps the version. */
export const REPORT_VERSION = 1;

/** The calendar unit of lifecycle and retention tables (UTC; weeks start on Monday, ISO 8601). */
export type Period = 'day' | 'week' | 'month';

/** A stage, or `unclassified` for visitors (or answers) with no stage yet. */
export type StageOrNone = Stage | 'unclassified';

/** The attribution rules `attribute()` knows. See `docs/analytics.md` § Attribution. */
export type AttributionModel =
  | 'first'
  | 'last'
  | 'last-non-direct'
  | 'linear'
  | 'time-decay'
  | 'position'
  | 'j-shaped'
  | 'inverse-j';

/**
 * What credit is grouped by: the touchpoint's channel, source or campaign, or
 * `prop:NAME` for a property of the touchpoint's landing event (`prop:landingPage` is built in).
 */
export type AttributionDimension = 'channel' | 'source' | 'campaign' | `prop:${string}`;

/** Totals over the whole input (after deduplication and the `from`/`to` filter). */
export interface ReportTotals {
  /** Distinct events analysed (duplicates of an id counted once). */
  events: number;
  /** Events dropped because their id was seen before. */
  duplicates: number;
  /** Inputs skipped because they were not events (no string id / anonymousId / name, unknown type, no finite ts). */
  invalid: number;
  /** People, after identity stitching (one per user id, or per unlinked anonymous id). */
  visitors: number;
  /** People with a user id (identified at least once). */
  identifiedVisitors: number;
  /** Sessions (30 minutes idle or a new campaign starts a new one). */
  sessions: number;
  /** Purchases (`checkout`/`purchase`, GA4 `purchase`, Segment `Order Completed`), counted once per order id. */
  conversions: number;
  /** People with at least one purchase. */
  convertedVisitors: number;
  /** Sum of purchase values (`value`, `revenue` or `total`), across currencies. */
  revenue: number;
  /** Currencies seen on purchases, sorted; more than one means `revenue` mixes them. */
  currencies: string[];
  /** Earliest analysed event time (corrected for clock skew), or `null` without events. */
  firstEventAt: number | null;
  /** Latest analysed event time, or `null` without events. */
  lastEventAt: number | null;
}

/** One row of the channel table. */
export interface ChannelRow {
  channel: Channel;
  /** People with at least one session from this channel. */
  visitors: number;
  /** People whose first session came from this channel (first touch). */
  newVisitors: number;
  /** Sessions whose traffic source falls in this channel. */
  sessions: number;
  /** Purchases made in those sessions (the channel of the session, last touch within a session). */
  conversions: number;
  /** Revenue of those purchases. */
  revenue: number;
}

/** One row of an attribution table: the credit a key earned. */
export interface AttributionRow {
  /** The channel, source, campaign or property value (`(none)` when missing). */
  key: string;
  /** Fractional conversions credited (the credits of one conversion sum to 1). */
  conversions: number;
  /** Revenue credited: each conversion's value times its credit. */
  revenue: number;
  /** `conversions / total conversions` (0 without conversions). */
  share: number;
}

/** The answer of `attribute()`, one per model. */
export interface AttributionResult {
  model: AttributionModel;
  by: AttributionDimension;
  /** Only touchpoints at most this long before the conversion take part, ms. */
  lookbackMs: number;
  /** Half-life of the `time-decay` model, ms (reported for every model, used by that one). */
  halfLifeMs: number;
  /** Conversions credited (conversions with at least one touchpoint in the lookback window). */
  conversions: number;
  /** Conversions without any touchpoint in the window; they are not credited to anyone. */
  unattributed: number;
  /** Revenue credited in total. */
  revenue: number;
  /** One row per key, by credited conversions descending, then key ascending. */
  rows: AttributionRow[];
}

/** NPS over a set of answers (0–10, "how likely are you to recommend"). */
export interface NpsScore {
  responses: number;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8 (they stay in the denominator). */
  passives: number;
  /** Answers of 0 to 6. */
  detractors: number;
  /** `100 × (promoters − detractors) / responses`, −100…100; `null` without answers. */
  score: number | null;
}

/** CSAT over a set of answers (1–5). */
export interface CsatScore {
  responses: number;
  /** Answers of 4 or 5. */
  satisfied: number;
  /** `100 × satisfied / responses`, 0…100; `null` without answers. */
  score: number | null;
}

/** CES 2.0 over a set of answers (1–7, "made it easy for me"; higher is easier). */
export interface CesScore {
  responses: number;
  /** Mean answer, 1…7; `null` without answers. */
  mean: number | null;
  /** Answers of 5 or more. */
  easy: number;
  /** `100 × easy / responses`, 0…100; `null` without answers. */
  easyShare: number | null;
}

/** One survey KPI, overall and split by stage and by page. */
export interface SurveyBreakdown<Score> {
  overall: Score;
  /**
   * By the respondent's stage when answering (the stage before the survey event itself is
   * counted, so an NPS answer does not put its own respondent into `advocacy`).
   */
  byStage: Record<StageOrNone, Score>;
  /**
   * By the page the answer was given on (the path of the survey event's `url`, else of the
   * last page viewed, else `(unknown)`), most answers first, then page ascending.
   */
  byPage: ({ page: string } & Score)[];
}

/** Durations, ms: a distribution summary. All `null` when `count` is 0. */
export interface DurationSummary {
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  /** 90th percentile, nearest rank. */
  p90Ms: number | null;
}

/** Business and survey KPIs. */
export interface KpiReport {
  nps: SurveyBreakdown<NpsScore>;
  csat: SurveyBreakdown<CsatScore>;
  ces: SurveyBreakdown<CesScore>;
  /** `convertedVisitors / visitors` (0 without visitors). */
  conversionRate: number;
  /** Average order value: `revenue / conversions`; `null` without conversions. */
  averageOrderValue: number | null;
  /** `revenue / visitors`; `null` without visitors. */
  revenuePerVisitor: number | null;
  /** From a converter's first event to their first purchase. */
  timeToConvert: DurationSummary;
}

/** One link of the stage flow: how many times visitors moved from one stage to another. */
export interface StageTransition {
  /** `start` is "not yet classified": the link into a visitor's first stage. */
  from: Stage | 'start';
  to: Stage;
  count: number;
}

/** One of the most frequent paths. */
export interface PathRow {
  /** Node labels in order: page paths, or `type:name` for other events (see `TopPaths.nodes`). */
  path: string[];
  /** People whose path (first `depth` nodes, repeats collapsed) is exactly this. */
  visitors: number;
  /** `visitors / visitors with a path`. */
  share: number;
}

/** The most frequent paths, the rest bucketed as "other". */
export interface TopPaths {
  /** `pages`: page views only; `events`: every event but `identify` and `vital`. */
  nodes: 'pages' | 'events';
  /** Paths are cut after this many nodes (consecutive repeats collapsed first). */
  depth: number;
  /** People with at least one node. */
  visitors: number;
  /** The top N paths by visitors descending, then path ascending. */
  rows: PathRow[];
  /** Every path outside the top N, together. */
  other: { paths: number; visitors: number; share: number };
}

/** Time spent in a stage: from entering it to entering the next one. */
export interface TimeInStageRow extends DurationSummary {
  stage: Stage;
  /** People who entered the stage. `count` (of `DurationSummary`) is how many also left it. */
  entered: number;
}

/** One period of the lifecycle chart (PostHog's definitions). */
export interface LifecycleRow {
  /** The period's first day, `YYYY-MM-DD` (UTC). */
  period: string;
  /** Active, and first seen in this period. */
  new: number;
  /** Active in this period and in the previous one. */
  returning: number;
  /** Active in this period, not in the previous one, and seen before. */
  resurrecting: number;
  /** Active in the previous period, not in this one. Positive here; PostHog draws it below zero. */
  dormant: number;
}

/** The lifecycle table, one row per period from the first to the last event. */
export interface LifecycleResult {
  period: Period;
  rows: LifecycleRow[];
}

/** One cohort of the retention table. */
export interface RetentionCohort {
  /** The cohort's period (of its members' first purchase), `YYYY-MM-DD`. */
  cohort: string;
  /** People whose first purchase fell in this period. */
  size: number;
  /** `on[k]`: members active (any event) in the k-th period after the cohort's; `on[0] = size`. */
  on: number[];
  /** `onOrAfter[k]`: members active in the k-th period or any later one. */
  onOrAfter: number[];
  /** `on[k] / size`. */
  onRate: number[];
  /** `onOrAfter[k] / size`. */
  onOrAfterRate: number[];
}

/** Cohort retention by first-purchase period, up to the last period with events. */
export interface RetentionResult {
  period: Period;
  cohorts: RetentionCohort[];
}

/** Customers buying again. */
export interface RepeatPurchaseRate {
  /** People with at least one purchase. */
  customers: number;
  /** People with two or more purchases. */
  repeatCustomers: number;
  /** `repeatCustomers / customers` (0 without customers). */
  rate: number;
}

/** A touchpoint: the start of a session from a traffic source. */
export interface TouchpointSummary {
  at: number;
  channel: Channel;
  source: string;
  medium: string;
  campaign: string;
  /** The landing page's path, or `(unknown)`. */
  landingPage: string;
}

/** One journey, compact, for the report's sample. */
export interface JourneySummary {
  /** `user:ID` for identified people, else `anon:ID`. */
  id: string;
  userId: string | null;
  /** Every anonymous id (device/browser) stitched into this journey, sorted. */
  anonymousIds: string[];
  firstSeen: number;
  lastSeen: number;
  events: number;
  sessions: number;
  conversions: number;
  revenue: number;
  stage: Stage | null;
  /**
   * Stage changes in time order (at most one per stage: stages only move forward): the stage
   * entered, when, the event that moved it, the classifier rule and a sentence saying why.
   */
  history: { stage: Stage; at: number; eventId: string; ruleId: string | null; reason: string }[];
  /** The retained touchpoints in time order (first touch always kept). */
  touchpoints: TouchpointSummary[];
}

/** Journey-level counts, and optionally a sample of journeys. */
export interface JourneysOverview {
  journeys: number;
  /** Journeys that stitch more than one anonymous id (several devices or browsers). */
  multiDevice: number;
  /** Mean sessions per journey (0 without journeys). */
  averageSessions: number;
  /** Mean events per journey. */
  averageEvents: number;
  /** The first `journeySample` journeys by first event time, then id (empty by default). */
  sample: JourneySummary[];
}

/** Everything `analyze()` computes. JSON-serialisable. */
export interface Report {
  version: typeof REPORT_VERSION;
  /** The options that shaped the numbers (resolved defaults included). */
  options: {
    from: number | null;
    to: number | null;
    period: Period;
    sessionTimeoutMs: number;
    lookbackMs: number;
    halfLifeMs: number;
    siteHost: string | null;
  };
  totals: ReportTotals;
  /** People by their current stage. */
  visitorsByStage: Record<StageOrNone, number>;
  /** The five-stage funnel from stage histories (a step is reached when the stage becomes it or later), 14-day window unless set. */
  stageFunnel: FunnelResult;
  /** begin → shipping → payment → purchase (GA4 and Segment names count too). */
  checkoutFunnel: FunnelResult;
  /** One row per channel with traffic, in GA4 rule order. */
  channels: ChannelRow[];
  /** One result per requested model (default `last-non-direct` and `linear`, by channel). */
  attribution: AttributionResult[];
  kpis: KpiReport;
  /** Stage → stage moves, for a Sankey chart; sorted by `from`, then `to` (stage order). */
  transitions: StageTransition[];
  topPaths: TopPaths;
  /** One row per stage, in stage order. */
  timeInStage: TimeInStageRow[];
  lifecycle: LifecycleResult;
  retention: RetentionResult;
  repeatPurchaseRate: RepeatPurchaseRate;
  journeys: JourneysOverview;
}
