/**
 * `@cairn/core`: the event model, the five-stage customer-journey classifier and the
 * analyses built on them. Isomorphic (browsers, Node, workers) and dependency-free.
 *
 * @packageDocumentation
 */

// The event model (wire format v1)
export { EVENT_TYPES } from './event/types.js';
export type { CairnEvent, EventBatch, EventType, JsonValue, Props, Utm } from './event/types.js';
export { LIMITS } from './event/limits.js';
export { validateEvent, validateBatch } from './event/validate.js';
export type {
  BatchValidation,
  BatchValidationOptions,
  EventValidation,
  RejectedEvent,
  ValidationError,
} from './event/validate.js';
export { batchJsonSchema } from './event/schema.js';

// Stages
export { STAGES } from './classify/stages.js';
export type { Stage } from './classify/stages.js';

// Classifier
export { classify, explain, createClassifier } from './classify/classifier.js';
export type { Classifier, ClassifierOptions, Explanation } from './classify/classifier.js';
export { defaultRules } from './classify/rules/index.js';
export type {
  ExactMatch,
  NameMatch,
  PathMatch,
  MatchPrimitive,
  RegexMatch,
  Rule,
  RuleMatch,
  ValueMatch,
} from './classify/rule.js';
export { normalizeName, normalizePath } from './classify/normalize.js';
export { rulesMarkdown } from './classify/rule-table.js';
export { visitorStage, createStageTracker, compareEvents } from './classify/lifecycle.js';
export type { StageChange, StageSignal, StageTracker, StageTrackerOptions, VisitorStage } from './classify/lifecycle.js';

// Analytics
export { CHANNELS } from './analytics/channels/channel.js';
export type { Channel, TrafficSource } from './analytics/channels/channel.js';
export type { FunnelOrder, FunnelResult, FunnelStepResult } from './analytics/funnels/funnel-result.js';
export { REPORT_VERSION } from './analytics/report.js';
export type {
  AttributionDimension,
  AttributionModel,
  AttributionResult,
  AttributionRow,
  CesScore,
  ChannelRow,
  CsatScore,
  DurationSummary,
  JourneySummary,
  JourneysOverview,
  KpiReport,
  LifecycleResult,
  LifecycleRow,
  NpsScore,
  PathRow,
  Period,
  RepeatPurchaseRate,
  Report,
  ReportTotals,
  RetentionCohort,
  RetentionResult,
  StageOrNone,
  StageTransition,
  SurveyBreakdown,
  TimeInStageRow,
  TopPaths,
  TouchpointSummary,
} from './analytics/report.js';
