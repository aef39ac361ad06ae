import type { CairnEvent } from '../../event/types.js';
import type { FunnelStep } from '../funnels/funnel-step.js';
import { compileStep, type CompiledStep } from '../funnels/funnel-step.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState, Touchpoint } from '../journeys/person-state.js';
import { purchaseOf } from '../journeys/purchases.js';
import type { AttributionDimension, AttributionModel, AttributionResult } from '../report.js';
import { ATTRIBUTION_MODELS, fillCreditWeights } from './credit-models.js';

const DAY = 86_400_000;

/** Options of `attribute()`. */
export interface AttributionOptions {
  /** Default `last-non-direct`. */
  model?: AttributionModel;
  /** What credit is grouped by. Default `channel`. */
  by?: AttributionDimension;
  /** Touchpoints further back than this from the conversion take no part, ms. Default 30 days. */
  lookbackMs?: number;
  /** Half-life of `time-decay`, ms. Default 7 days. */
  halfLifeMs?: number;
  /**
   * What a conversion is. Default: a purchase (its value is the revenue). A custom step's
   * revenue is its `props.value` when that is a number, else 0.
   */
  conversion?: FunnelStep;
}

/** The touchpoint fields `by: 'prop:NAME'` reads before the landing event's props. */
const BUILT_IN_PROPS = new Set(['landingPage', 'term', 'content', 'medium', 'source', 'campaign', 'channel']);

/** The landing-event props an attribution dimension needs kept on touchpoints. */
export function touchpointPropsFor(by: AttributionDimension): string[] {
  if (!by.startsWith('prop:')) return [];
  const name = by.slice(5);
  return BUILT_IN_PROPS.has(name) ? [] : [name];
}

function keyOf(touch: Touchpoint, by: AttributionDimension): string {
  switch (by) {
    case 'channel':
      return touch.channel;
    case 'source':
      return touch.source;
    case 'campaign':
      return touch.campaign;
  }
  const name = by.slice(5);
  if (BUILT_IN_PROPS.has(name)) return String(touch[name as keyof Touchpoint] || '(none)');
  return touch.props?.[name] ?? '(none)';
}

/** Credits conversions to touchpoints as journeys stream by, with one model. */
export class AttributionTable implements JourneyObserver {
  readonly model: AttributionModel;
  readonly by: AttributionDimension;
  readonly lookbackMs: number;
  readonly halfLifeMs: number;
  private readonly conversion: CompiledStep | null;
  private readonly credits = new Map<string, { conversions: number; revenue: number }>();
  private conversions = 0;
  private unattributed = 0;
  private revenue = 0;
  /** Per-conversion buffers: positions in `person.touchpoints`, times, Direct flags, credits. */
  private window = new Int32Array(64);
  private times = new Float64Array(64);
  private direct = new Uint8Array(64);
  private weights = new Float64Array(64);

  constructor(options: AttributionOptions = {}) {
    this.model = options.model ?? 'last-non-direct';
    if (!ATTRIBUTION_MODELS.includes(this.model)) {
      throw new RangeError(`unknown attribution model ${String(this.model)}; use one of ${ATTRIBUTION_MODELS.join(', ')}`);
    }
    this.by = options.by ?? 'channel';
    if (!['channel', 'source', 'campaign'].includes(this.by) && !/^prop:.+/.test(this.by)) {
      throw new RangeError(`attribution "by" must be channel, source, campaign or prop:NAME, got ${String(this.by)}`);
    }
    this.lookbackMs = options.lookbackMs ?? 30 * DAY;
    this.halfLifeMs = options.halfLifeMs ?? 7 * DAY;
    if (!(this.lookbackMs > 0) || !(this.halfLifeMs > 0)) throw new RangeError('lookbackMs and halfLifeMs must be positive');
    this.conversion = options.conversion ? compileStep(options.conversion, 0) : null;
  }

  event(person: PersonState, event: CairnEvent, context: EventContext): void {
    let value: number;
    if (this.conversion === null) {
      if (context.purchase === null) return;
      value = context.purchase.value;
    } else {
      if (!this.conversion.test(event, context.eventStage)) return;
      const v = purchaseOf(event)?.value ?? event.props?.['value'];
      value = typeof v === 'number' && Number.isFinite(v) ? v : 0;
    }
    const at = context.at;
    // The touchpoints inside the lookback window, into buffers reused for every conversion.
    const touchpoints = person.touchpoints;
    let n = 0;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i] as Touchpoint;
      if (!(t.at <= at && at - t.at <= this.lookbackMs)) continue;
      if (n === this.times.length) this.grow();
      this.window[n] = i;
      this.times[n] = t.at;
      this.direct[n] = t.channel === 'Direct' ? 1 : 0;
      n++;
    }
    if (n === 0) {
      this.unattributed++;
      return;
    }
    fillCreditWeights(this.model, n, this.times, this.direct, at, this.halfLifeMs, this.weights);
    this.conversions++;
    this.revenue += value;
    for (let k = 0; k < n; k++) {
      const w = this.weights[k] as number;
      if (w === 0) continue;
      const key = keyOf(touchpoints[this.window[k] as number] as Touchpoint, this.by);
      let row = this.credits.get(key);
      if (!row) this.credits.set(key, (row = { conversions: 0, revenue: 0 }));
      row.conversions += w;
      row.revenue += w * value;
    }
  }

  /** Doubles the conversion buffers (a person keeps at most `maxTouchpoints` + 1 touchpoints). */
  private grow(): void {
    const size = this.times.length * 2;
    const window = new Int32Array(size);
    window.set(this.window);
    this.window = window;
    const times = new Float64Array(size);
    times.set(this.times);
    this.times = times;
    const direct = new Uint8Array(size);
    direct.set(this.direct);
    this.direct = direct;
    this.weights = new Float64Array(size);
  }

  result(): AttributionResult {
    const rows = [...this.credits.entries()]
      .map(([key, c]) => ({
        key,
        conversions: c.conversions,
        revenue: c.revenue,
        share: this.conversions > 0 ? c.conversions / this.conversions : 0,
      }))
      .sort((a, b) => b.conversions - a.conversions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      model: this.model,
      by: this.by,
      lookbackMs: this.lookbackMs,
      halfLifeMs: this.halfLifeMs,
      conversions: this.conversions,
      unattributed: this.unattributed,
      revenue: this.revenue,
      rows,
    };
  }
}
