/**
 * The Cairn wire format, version 1: one {@link CairnEvent} per thing that happened,
 * sent in an {@link EventBatch}. See `docs/protocol.md`.
 */

/** The kinds of event Cairn records. */
export type EventType = 'page' | 'cta' | 'checkout' | 'track' | 'identify' | 'survey' | 'vital';

/** Every {@link EventType}, in the order the docs list them. */
export const EVENT_TYPES: readonly EventType[] = [
  'page',
  'cta',
  'checkout',
  'track',
  'identify',
  'survey',
  'vital',
];

/** A value that survives `JSON.stringify` → `JSON.parse` unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Free-form event properties: a JSON object. */
export type Props = { [key: string]: JsonValue };

/** Campaign parameters read from the landing URL (`utm_source` → `source`, …). */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

/** One event, as a tracker sends it and a collector stores it. */
export interface CairnEvent {
  /** Client-generated UUID; the collector deduplicates on it. */
  id: string;
  /** What kind of event this is. */
  type: EventType;
  /** The event's name: the page path for `page`, the CTA label for `cta`, the step for `checkout`, … */
  name: string;
  /** When it happened, by the client's clock (epoch milliseconds). */
  ts: number;
  /** A random id kept in the browser's storage (never a cookie). */
  anonymousId: string;
  /** The site's own user id, once `identify` has been called. */
  userId?: string;
  /** Renewed after 30 minutes idle or when a new campaign starts. */
  sessionId?: string;
  /** Full page URL, with sensitive parts masked by the tracker. */
  url?: string;
  /** `document.referrer` at the time of the event. */
  referrer?: string;
  /** `document.title`. */
  title?: string;
  /** Campaign parameters of the session's landing page. */
  utm?: Utm;
  /** Per-tab sequence number, to order events that share a timestamp. */
  seq?: number;
  /** Anything else, as JSON. */
  props?: Props;
  /** When the collector received the event (epoch ms); set by a collector, never by a tracker. */
  receivedAt?: number;
  /** The `sentAt` of the batch that carried the event; set by a collector, for clock-skew correction. */
  sentAt?: number;
}

/** What a tracker POSTs to the endpoint. */
export interface EventBatch {
  /** Wire-format version: always `1`. */
  v: 1;
  /** When the client sent the batch, by its clock (epoch ms). */
  sentAt: number;
  events: CairnEvent[];
}
