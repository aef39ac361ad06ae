import type { CairnEvent, EventType, JsonValue, Props } from '@cairn/core';

export type { CairnEvent, EventType, JsonValue, Props };

/** Whether the visitor agreed to be tracked. `pending` keeps events in memory only, until granted. */
export type ConsentState = 'granted' | 'pending' | 'denied';

/** The survey scales `survey()` understands. */
export type SurveyKind = 'nps' | 'csat' | 'ces';

/** The standard checkout steps (any other non-empty string is recorded too). */
export type CheckoutStep = 'begin' | 'cart' | 'shipping' | 'payment' | 'review' | 'purchase';

/** One line of an order. */
export interface PurchaseItem {
  id?: string;
  name?: string;
  price?: number;
  quantity?: number;
  [key: string]: JsonValue | undefined;
}

/** What `purchase()` records. `orderId` makes it idempotent: the same order is recorded once. */
export interface Purchase {
  /** A non-empty string or a finite number (recorded as its string). */
  orderId: string | number;
  value: number;
  currency: string;
  items?: PurchaseItem[];
}

/**
 * An optional part of the tracker (`autoCta`, `links`, `ctaContext`, `hashRoutes`, `consent`, `vitalsHook`),
 * for `createTrackerWith`. Opaque: import one, pass it on.
 */
export interface Feature {
  readonly _feature?: never;
}

/** Options of {@link createTracker}. Every scalar one is also a `data-*` attribute of the script tag. */
export interface TrackerOptions {
  /** Where batches are POSTed. Default `/collect`. */
  endpoint?: string;
  /** Your site's id: sent as `?site=` on the endpoint and used to keep each site's storage apart. */
  siteId?: string;
  /** Record a page view on load and on every SPA navigation. Default `true`. */
  autoPageviews?: boolean;
  /** Record clicks on buttons, button-like links, outbound links and downloads. Default `true`. */
  autoCta?: boolean;
  /** With Do-Not-Track or Global Privacy Control set, store and send nothing. Default `true`. */
  respectDnt?: boolean;
  /** Initial consent. Default `granted`. */
  consent?: ConsentState;
  /** Most events per request. Default 50. */
  batchSize?: number;
  /** How often queued events are sent, in ms. Default 5,000. */
  flushIntervalMs?: number;
  /** Most events kept in the outbox; the oldest are dropped beyond it. Default 5,000. */
  maxQueue?: number;
  /** Events older than this many days are dropped unsent. Default 7. */
  maxAgeDays?: number;
  /** A request without an answer after this many ms counts as failed and is retried. Default 10,000. */
  timeoutMs?: number;
  /** Query parameters removed from every recorded URL. Emails and long tokens are always masked. */
  stripParams?: string[];
  /** Sees every event before it is stored: return it (changed or not) to keep it, or a falsy value to drop it. */
  beforeSend?: (event: CairnEvent) => CairnEvent | null | undefined | false;
  /** Told about dropped events, rejected batches and storage failures. */
  onError?: (error: Error) => void;
  /** Log every queued and dropped event with `console.debug('[cairn] …')`. */
  debug?: boolean;
}

/** The tracker: the same API for npm and for the script tag (`cairn('method', …args)`). Methods never throw. */
export interface Tracker {
  /** Records a page view of the current URL (once per URL in a row). */
  page(props?: Props): void;
  /** Records a call-to-action click by name. */
  cta(name: string, props?: Props): void;
  /** Records a checkout step. */
  checkout(step: CheckoutStep | (string & {}), props?: Props): void;
  /** Records an order, once per `orderId`. */
  purchase(order: Purchase): void;
  /** Records a custom event. */
  track(name: string, props?: Props): void;
  /** Ties this browser to your user id (kept in storage) and records an `identify` event. */
  identify(userId: string, traits?: Props): void;
  /** Records a survey answer: NPS 0–10, CSAT 1–5, CES 1–7. */
  survey(kind: SurveyKind, score: number, props?: Props): void;
  /** Changes consent: `granted` releases events held while pending, `denied` drops them and records nothing more. */
  consent(state: ConsentState): void;
  /** Low-level: records an event of any type (the vitals plugin uses it). */
  event(type: EventType, name: string, props?: Props): void;
  /** The id of the last page view event, to tie other events to it. */
  pageId(): string | undefined;
  /** Resolves once everything in the outbox now has been attempted. Never rejects. */
  flush(): Promise<void>;
  /** Forgets the user: new anonymous id, no user id, new session. */
  reset(): void;
  /** Stops capturing, makes a last attempt to send, and closes storage. */
  shutdown(): Promise<void>;
}
