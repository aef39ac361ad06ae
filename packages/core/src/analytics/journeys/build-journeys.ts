import type { Stage } from '../../classify/stages.js';
import type { CairnEvent } from '../../event/types.js';
import type { Channel } from '../channels/channel.js';
import { runJourneys, type EventContext, type JourneyObserver, type JourneyOptions } from './journey-stream.js';
import type { StageChange } from '../../classify/lifecycle.js';
import type { PersonState, Touchpoint } from './person-state.js';

/** One session of a journey. */
export interface JourneySession {
  /** Corrected times of its first and last event. */
  start: number;
  end: number;
  /** How many events it holds. */
  events: number;
  channel: Channel;
  /** Where it came from (the touchpoint that opened it). */
  touchpoint: Touchpoint;
}

/** One person's journey: every event, in order, with sessions, touchpoints and stages. */
export interface Journey {
  /** `user:ID` once identified, else `anon:ID`. */
  id: string;
  userId: string | null;
  /** Every anonymous id (device, browser) stitched into the journey, sorted. */
  anonymousIds: string[];
  firstSeen: number;
  lastSeen: number;
  /** The events, deduplicated, in corrected-time order. */
  events: CairnEvent[];
  /** The corrected time of each event, same positions as `events`. */
  times: number[];
  sessions: JourneySession[];
  /** Session starts in time order (every one: `buildJourneys` keeps them all). */
  touchpoints: Touchpoint[];
  /** The current stage and how the person got there. */
  stage: Stage | null;
  history: StageChange[];
  /** The stage of each event by the classifier (`null`: none), same positions as `events`. */
  eventStages: (Stage | null)[];
  conversions: number;
  revenue: number;
}

interface Recording {
  events: CairnEvent[];
  times: number[];
  stages: (Stage | null)[];
  sessions: JourneySession[];
}

class JourneyRecorder implements JourneyObserver {
  readonly journeys: Journey[] = [];
  event(person: PersonState, event: CairnEvent, context: EventContext): void {
    let rec = person.slots[0] as Recording | undefined;
    if (!rec) person.slots[0] = rec = { events: [], times: [], stages: [], sessions: [] };
    rec.events.push(event);
    rec.times.push(context.at);
    rec.stages.push(context.eventStage);
    if (context.touchpoint !== null) {
      rec.sessions.push({ start: context.at, end: context.at, events: 0, channel: context.touchpoint.channel, touchpoint: context.touchpoint });
    }
    const session = rec.sessions[rec.sessions.length - 1];
    if (session) {
      session.events++;
      session.end = context.at;
    }
  }
  person(person: PersonState): void {
    const rec = (person.slots[0] as Recording | undefined) ?? { events: [], times: [], stages: [], sessions: [] };
    this.journeys.push({
      id: person.key,
      userId: person.userId,
      anonymousIds: [...person.anonymousIds].sort(),
      firstSeen: person.firstSeen,
      lastSeen: person.lastSeen,
      events: rec.events,
      times: rec.times,
      sessions: rec.sessions,
      touchpoints: person.touchpoints,
      stage: person.stage,
      history: person.history.length === 0 ? [] : person.history,
      eventStages: rec.stages,
      conversions: person.conversions,
      revenue: person.revenue,
    });
  }
}

/**
 * Groups events into one {@link Journey} per person: identity stitching (an anonymous id joins
 * the first user it is seen with; several devices of a user make one journey), duplicate ids
 * once, clock-skew correction, sessions (30 minutes idle or a new campaign), touchpoints with
 * their channel, and the stage history. Journeys come sorted by first event, then id. Holds
 * every event: for large logs use `analyze`, whose memory grows with people, not events.
 */
export function buildJourneys(events: readonly CairnEvent[], options: JourneyOptions = {}): Journey[] {
  const recorder = new JourneyRecorder();
  runJourneys(
    events,
    { ...options, lookbackMs: Number.POSITIVE_INFINITY, maxTouchpoints: Number.POSITIVE_INFINITY },
    [recorder],
  );
  return recorder.journeys.sort((a, b) => a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
