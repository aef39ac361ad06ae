import type { CairnEvent } from '../event/types.js';
import { AttributionTable, touchpointPropsFor, type AttributionOptions } from './attribution/attribution-table.js';
import { ChannelTable } from './channels/channel-table.js';
import { CHECKOUT_FUNNEL_STEPS } from './funnels/funnel-presets.js';
import { FunnelTable } from './funnels/funnel-table.js';
import { StageFunnelTable } from './funnels/stage-funnel-table.js';
import { eventTime } from './journeys/event-time.js';
import { isAnalysable } from './journeys/event-shape.js';
import { JourneySampler } from './journeys/journey-summary.js';
import {
  JourneyStream,
  resolveJourneyOptions,
  runJourneys,
  type JourneyObserver,
  type JourneyOptions,
} from './journeys/journey-stream.js';
import { ReorderBuffer } from './journeys/reorder-buffer.js';
import { BusinessKpis } from './kpis/business-kpis.js';
import { SurveyTable } from './kpis/survey-table.js';
import { LifecycleTable } from './lifecycle/lifecycle-table.js';
import { RetentionTable } from './lifecycle/retention-table.js';
import { StageFlow } from './paths/stage-flow.js';
import { PathTable, type PathOptions } from './paths/top-paths.js';
import { REPORT_VERSION, type AttributionModel, type Report, type StageOrNone } from './report.js';
import { STAGES } from '../classify/stages.js';

const DAY = 86_400_000;

/** Options of {@link analyze}. Every one has a default. */
export interface AnalyzeOptions extends JourneyOptions {
  /**
   * Attribution models to run, each a model name or full options (`by`, `halfLifeMs`, …).
   * Default `['last-non-direct', 'linear']`, by channel.
   */
  attribution?: readonly (AttributionModel | AttributionOptions)[];
  /** Half-life of `time-decay`, ms, for models given by name. Default 7 days. */
  halfLifeMs?: number;
  /** Conversion window of the stage and checkout funnels, ms. Default 14 days. */
  funnelWindowMs?: number;
  /** Top paths: how many, how deep, which nodes. Default 10 paths of 5 page views. */
  paths?: PathOptions;
  /** How many top paths to list: a shortcut for `paths.top`. */
  topPaths?: number;
  /** How many journeys (earliest first) to include with their stage history. Default 0. */
  journeySample?: number;
  /**
   * For an `AsyncIterable` source: how far out of time order events may arrive, ms. Events
   * are held back this long and re-sorted; memory holds one window of events. Default 10 minutes.
   * Arrays are sorted completely instead.
   */
  reorderWindowMs?: number;
}

interface Analysis {
  observers: JourneyObserver[];
  touchpointProps: string[];
  build(stream: JourneyStream): Report;
}

function plan(options: AnalyzeOptions): Analysis {
  const resolved = resolveJourneyOptions(options);
  const halfLifeMs = options.halfLifeMs ?? 7 * DAY;
  const models = options.attribution ?? ['last-non-direct', 'linear'];
  const attribution = models.map(
    (m) =>
      new AttributionTable(
        typeof m === 'string'
          ? { model: m, lookbackMs: resolved.lookbackMs, halfLifeMs }
          : { lookbackMs: resolved.lookbackMs, halfLifeMs, ...m },
      ),
  );
  const funnelWindow = options.funnelWindowMs === undefined ? {} : { windowMs: options.funnelWindowMs };
  const stageFunnel = new StageFunnelTable(options.funnelWindowMs);
  const checkoutFunnel = new FunnelTable(CHECKOUT_FUNNEL_STEPS, funnelWindow, 0);
  const paths = new PathTable({ ...options.paths, ...(options.topPaths === undefined ? {} : { top: options.topPaths }) }, 1);
  const channels = new ChannelTable();
  const surveys = new SurveyTable();
  const business = new BusinessKpis();
  const flow = new StageFlow();
  const lifecycle = new LifecycleTable(resolved.period);
  const retention = new RetentionTable(resolved.period);
  const sampler = new JourneySampler(Math.max(0, Math.floor(options.journeySample ?? 0)));
  const stages = new Map<StageOrNone, number>([...STAGES, 'unclassified'].map((s) => [s as StageOrNone, 0]));
  const stageCounter: JourneyObserver = {
    person: (p) => {
      const key: StageOrNone = p.stage ?? 'unclassified';
      stages.set(key, (stages.get(key) as number) + 1);
    },
  };
  return {
    observers: [
      stageFunnel,
      checkoutFunnel,
      paths,
      channels,
      surveys,
      business,
      flow,
      lifecycle,
      retention,
      sampler,
      stageCounter,
      ...attribution,
    ],
    touchpointProps: [...new Set(attribution.flatMap((a) => touchpointPropsFor(a.by)))],
    build(stream) {
      const kpis = business.result();
      const journeys = sampler.result();
      return {
        version: REPORT_VERSION,
        options: {
          from: resolved.from,
          to: resolved.to,
          period: resolved.period,
          sessionTimeoutMs: resolved.sessionTimeoutMs,
          lookbackMs: resolved.lookbackMs,
          halfLifeMs,
          siteHost: resolved.siteHost,
        },
        totals: {
          events: stream.events,
          duplicates: stream.duplicates,
          invalid: stream.invalid,
          visitors: journeys.journeys,
          identifiedVisitors: sampler.identified,
          sessions: stream.sessions,
          conversions: business.conversions,
          convertedVisitors: business.convertedVisitors,
          revenue: business.revenue,
          currencies: [...business.currencies].sort(),
          firstEventAt: stream.firstAt,
          lastEventAt: stream.lastAt,
        },
        visitorsByStage: Object.fromEntries(stages) as Record<StageOrNone, number>,
        stageFunnel: stageFunnel.result(),
        checkoutFunnel: checkoutFunnel.result(),
        channels: channels.result(),
        attribution: attribution.map((a) => a.result()),
        kpis: { ...surveys.result(), ...kpis },
        transitions: flow.transitions(),
        topPaths: paths.result(),
        timeInStage: flow.timeInStage(),
        lifecycle: lifecycle.result(),
        retention: retention.result(),
        repeatPurchaseRate: retention.repeatPurchaseRate(),
        journeys,
      };
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Every analysis at once, in one pass: journeys, channels, the stage and checkout funnels,
 * attribution, survey and business KPIs, stage transitions, top paths, time in stage,
 * lifecycle, retention and repeat purchases. `source` is an array or an `AsyncIterable` of
 * events (a database cursor, a file read line by line). Memory grows with people, not events:
 * each person keeps counters, the touchpoints of the lookback window, stage changes and
 * active periods, never the events themselves. Invalid inputs are skipped and counted.
 * The result is plain JSON. See `docs/analytics.md`.
 */
export async function analyze(
  source: readonly CairnEvent[] | AsyncIterable<CairnEvent> | Iterable<CairnEvent>,
  options: AnalyzeOptions = {},
): Promise<Report> {
  const analysis = plan(options);
  if (Array.isArray(source)) {
    const stream = runJourneys(source as readonly CairnEvent[], options, analysis.observers, analysis.touchpointProps);
    return analysis.build(stream);
  }
  if (!isAsyncIterable(source) && !(typeof source === 'object' && source !== null && Symbol.iterator in source)) {
    throw new TypeError('analyze() needs an array, an Iterable or an AsyncIterable of events');
  }
  const reorderWindowMs = options.reorderWindowMs ?? 10 * 60_000;
  if (!(reorderWindowMs >= 0)) throw new RangeError(`reorderWindowMs must be >= 0, got ${String(reorderWindowMs)}`);
  const stream = new JourneyStream(
    resolveJourneyOptions(options),
    options.classifier,
    analysis.observers,
    analysis.touchpointProps,
  );
  const buffer = new ReorderBuffer(reorderWindowMs, (event, at) => stream.push(event, at));
  for await (const event of source as AsyncIterable<unknown>) {
    if (!isAnalysable(event)) {
      stream.invalid++;
      continue;
    }
    buffer.push(event, eventTime(event));
  }
  buffer.drain();
  stream.finish();
  return analysis.build(stream);
}
