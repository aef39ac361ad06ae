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
export type { Classifier, ClassifierExtension, ClassifierOptions, Explanation } from './classify/classifier.js';
export type { Signal } from './classify/context.js';
export { defaultRules } from './classify/rules/index.js';
export { defaultLexicon } from './classify/lexicon/index.js';
export { lexiconSources } from './classify/lexicon/sources/index.js';
export { compileLexicon } from './classify/lexicon/compile.js';
export type { CompiledLexicon, LabelMatch, LexiconEntry } from './classify/lexicon/compile.js';
export type { Intent, Lexicon, LexiconSource, LexiconWords } from './classify/lexicon/types.js';
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
export { analyze } from './analytics/analyze.js';
export type { AnalyzeOptions } from './analytics/analyze.js';
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
export { buildJourneys } from './analytics/journeys/build-journeys.js';
export type { Journey, JourneySession } from './analytics/journeys/build-journeys.js';
export type { JourneyOptions } from './analytics/journeys/journey-stream.js';
export type { Touchpoint } from './analytics/journeys/person-state.js';
export type { StageClassifier } from './analytics/journeys/stage-tracker.js';
export { eventTime } from './analytics/journeys/event-time.js';
export { purchaseOf } from './analytics/journeys/purchases.js';
export type { Purchase } from './analytics/journeys/purchases.js';
export { CHANNELS } from './analytics/channels/channel.js';
export type { Channel, TrafficSource } from './analytics/channels/channel.js';
export { channelOf, trafficSourceOf, DEFAULT_IGNORED_REFERRERS } from './analytics/channels/traffic-source.js';
export type { TrafficInput, TrafficSourceOptions } from './analytics/channels/traffic-source.js';
export { groupChannel } from './analytics/channels/channel-rules.js';
export type { ChannelInput } from './analytics/channels/channel-rules.js';
export { sourceCategory } from './analytics/channels/source-categories.js';
export type { SourceCategory } from './analytics/channels/source-categories.js';
export { CLICK_IDS } from './analytics/channels/click-ids.js';
export { CLICK_ID_PARAMS, type ClickIdParam } from './analytics/channels/click-id-params.js';
export { channelMix } from './analytics/channels/channel-mix.js';
export { funnel, stageFunnel, checkoutFunnel } from './analytics/funnels/funnel.js';
export { CHECKOUT_FUNNEL_STEPS } from './analytics/funnels/funnel-presets.js';
export type { FunnelStep } from './analytics/funnels/funnel-step.js';
export type { FunnelBreakdown, FunnelExclusion, FunnelOptions } from './analytics/funnels/funnel-table.js';
export type { FunnelOrder, FunnelResult, FunnelStepResult } from './analytics/funnels/funnel-result.js';
export { attribute } from './analytics/attribution/attribute.js';
export type { AttributionOptions } from './analytics/attribution/attribution-table.js';
export { ATTRIBUTION_MODELS, creditWeights } from './analytics/attribution/credit-models.js';
export type { CreditTouch } from './analytics/attribution/credit-models.js';
export { stageTransitions, timeInStage, topPaths } from './analytics/paths/paths.js';
export type { PathOptions } from './analytics/paths/top-paths.js';
export { lifecycle, retention, repeatPurchaseRate } from './analytics/lifecycle/lifecycle.js';
export { kpis } from './analytics/kpis/kpis.js';
export { nps, csat, ces } from './analytics/kpis/survey-scores.js';
export { surveyAnswerOf, SURVEY_SCALES } from './analytics/kpis/survey-answer.js';
export type { SurveyKind } from './analytics/kpis/survey-answer.js';
