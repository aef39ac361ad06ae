import type { JourneySummary, TouchpointSummary } from '../report.js';
import type { JourneyObserver } from './journey-stream.js';
import type { PersonState, Touchpoint } from './person-state.js';

/** A touchpoint as the report shows it. */
export function summariseTouchpoint(t: Touchpoint): TouchpointSummary {
  return { at: t.at, channel: t.channel, source: t.source, medium: t.medium, campaign: t.campaign, landingPage: t.landingPage };
}

/** A person's journey, compact and JSON-ready. */
export function summariseJourney(person: PersonState): JourneySummary {
  return {
    id: person.key,
    userId: person.userId,
    anonymousIds: [...person.anonymousIds].sort(),
    firstSeen: person.firstSeen,
    lastSeen: person.lastSeen,
    events: person.events,
    sessions: person.sessions,
    conversions: person.conversions,
    revenue: person.revenue,
    stage: person.stage,
    history: person.history.map((h) => ({ stage: h.stage, at: h.at, eventId: h.eventId, ruleId: h.ruleId, reason: h.reason })),
    touchpoints: person.touchpoints.map(summariseTouchpoint),
  };
}

/** Journey-level counts and the earliest `sample` journeys (by first event, then id). */
export class JourneySampler implements JourneyObserver {
  journeys = 0;
  multiDevice = 0;
  identified = 0;
  converted = 0;
  private sessions = 0;
  private events = 0;
  private kept: PersonState[] = [];

  constructor(private readonly sample: number) {}

  person(person: PersonState): void {
    this.journeys++;
    this.sessions += person.sessions;
    this.events += person.events;
    if (person.anonymousIds.length > 1) this.multiDevice++;
    if (person.userId !== null) this.identified++;
    if (person.conversions > 0) this.converted++;
    if (this.sample <= 0) return;
    this.kept.push(person);
    if (this.kept.length > this.sample * 2 + 16) this.trim();
  }

  private trim(): void {
    this.kept.sort((a, b) => a.firstSeen - b.firstSeen || (a.key < b.key ? -1 : 1));
    this.kept.length = Math.min(this.kept.length, this.sample);
  }

  result(): { journeys: number; multiDevice: number; averageSessions: number; averageEvents: number; sample: JourneySummary[] } {
    this.trim();
    return {
      journeys: this.journeys,
      multiDevice: this.multiDevice,
      averageSessions: this.journeys > 0 ? this.sessions / this.journeys : 0,
      averageEvents: this.journeys > 0 ? this.events / this.journeys : 0,
      sample: this.kept.map(summariseJourney),
    };
  }
}
