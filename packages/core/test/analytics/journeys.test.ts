import { describe, expect, it } from 'vitest';
import { buildJourneys, eventTime, type CairnEvent } from '../../src/index.js';
import { HOUR, MIN, T0, ev, testClassifier } from './fixtures.js';

describe('buildJourneys', () => {
  it('stitches an anonymous id to its user, and several devices of a user into one journey', () => {
    const events = [
      ev({ anonymousId: 'phone', ts: T0 }),
      ev({ anonymousId: 'phone', ts: T0 + MIN, type: 'identify', name: 'identify', userId: 'ann' }),
      ev({ anonymousId: 'laptop', ts: T0 + HOUR }),
      ev({ anonymousId: 'laptop', ts: T0 + HOUR + MIN, type: 'identify', name: 'identify', userId: 'ann' }),
      ev({ anonymousId: 'laptop', ts: T0 + 2 * HOUR, type: 'cta', name: 'add' }),
      ev({ anonymousId: 'stranger', ts: T0 }),
    ];
    const journeys = buildJourneys(events, { classifier: testClassifier });
    expect(journeys.map((j) => [j.id, j.anonymousIds, j.events.length])).toEqual([
      ['anon:stranger', ['stranger'], 1],
      ['user:ann', ['laptop', 'phone'], 5],
    ]);
    const ann = journeys[1]!;
    expect(ann.userId).toBe('ann');
    // Events of both devices in time order, before and after identify.
    expect(ann.times).toEqual([T0, T0 + MIN, T0 + HOUR, T0 + HOUR + MIN, T0 + 2 * HOUR]);
    expect(ann.stage).toBe('consideration');
    expect(ann.history.map((h) => [h.stage, h.at])).toEqual([
      ['awareness', T0],
      ['consideration', T0 + 2 * HOUR],
    ]);
  });

  it('an anonymous id belongs to the first user it was seen with (shared devices)', () => {
    const events = [
      ev({ anonymousId: 'kiosk', ts: T0, userId: 'bo' }),
      ev({ anonymousId: 'kiosk', ts: T0 + MIN }),
      ev({ anonymousId: 'kiosk', ts: T0 + 2 * MIN, userId: 'cy' }),
    ];
    expect(buildJourneys(events).map((j) => [j.id, j.events.length])).toEqual([
      ['user:bo', 2],
      ['user:cy', 1],
    ]);
  });

  it('starts a session after 30 minutes idle or on a new campaign, not on internal navigation', () => {
    const site = 'https://shop.example';
    const events = [
      ev({ ts: T0, url: `${site}/`, referrer: 'https://www.google.com/' }),
      ev({ ts: T0 + 10 * MIN, url: `${site}/p`, referrer: `${site}/` }), // internal: same session
      ev({ ts: T0 + 45 * MIN, url: `${site}/`, referrer: `${site}/p` }), // 35 min idle: new session (Direct)
      ev({ ts: T0 + 50 * MIN, url: `${site}/?utm_source=news`, utm: { source: 'news', medium: 'email', campaign: 'may' } }), // new campaign
      ev({ ts: T0 + 55 * MIN, url: `${site}/x`, utm: { source: 'news', medium: 'email', campaign: 'may' } }), // same campaign (UTMs copied by the tracker)
      ev({ ts: T0 + 56 * MIN, type: 'cta', name: 'add' }), // no source: same session
    ];
    const [journey] = buildJourneys(events);
    expect(journey?.sessions.map((s) => [s.channel, s.events, s.start - T0, s.end - T0])).toEqual([
      ['Organic Search', 2, 0, 10 * MIN],
      ['Direct', 1, 45 * MIN, 45 * MIN],
      ['Email', 3, 50 * MIN, 56 * MIN],
    ]);
    expect(journey?.touchpoints.map((t) => [t.channel, t.source, t.landingPage])).toEqual([
      ['Organic Search', 'google.com', '/'],
      ['Direct', '(direct)', '/'],
      ['Email', 'news', '/'],
    ]);
    expect(buildJourneys(events, { sessionTimeoutMs: 60 * MIN })[0]?.sessions).toHaveLength(2);
  });

  it('keeps an SPA visit in one session: the landing referrer and click id are not re-read as new arrivals', () => {
    const site = 'https://shop.example';
    const google = 'https://www.google.com/';
    const events = [
      ev({ ts: T0, url: `${site}/?gclid=abc`, referrer: google }),
      ev({ ts: T0 + 5 * MIN, url: `${site}/p/1`, referrer: google }),
      ev({ ts: T0 + 6 * MIN, type: 'vital', name: 'LCP', url: `${site}/p/1` }),
      ev({ ts: T0 + 9 * MIN, url: `${site}/p/2`, referrer: google }),
      // A later click on a newsletter link is a new arrival.
      ev({ ts: T0 + 12 * MIN, url: `${site}/sale`, referrer: 'https://mail.example.com/', utm: { source: 'news', medium: 'email' } }),
    ];
    expect(buildJourneys(events)[0]?.sessions.map((s) => [s.channel, s.events])).toEqual([
      ['Paid Search', 4],
      ['Email', 1],
    ]);
  });

  it('counts a duplicate event id once', () => {
    const e = ev({ anonymousId: 'd' });
    const journeys = buildJourneys([e, { ...e }, ev({ anonymousId: 'd', ts: T0 + MIN }), { ...e }]);
    expect(journeys[0]?.events).toHaveLength(2);
  });

  it('corrects client clock skew with the batch times before ordering', () => {
    // The phone's clock runs 2 hours fast: its batch says sentAt = real + 2h, the collector
    // received it at real time. ts + (receivedAt − sentAt) = real time of the event.
    const real = T0 + 3 * HOUR;
    const skewed: CairnEvent = ev({ anonymousId: 'k', ts: real + 2 * HOUR, sentAt: real + 2 * HOUR + MIN, receivedAt: real + MIN });
    expect(eventTime(skewed)).toBe(real);
    const laterOnTime = ev({ anonymousId: 'k', ts: real + HOUR, type: 'cta', name: 'add' });
    const [journey] = buildJourneys([laterOnTime, skewed]);
    expect(journey?.events.map((x) => x.id)).toEqual([skewed.id, laterOnTime.id]);
    expect(journey?.times).toEqual([real, real + HOUR]);
    // Without both batch times, ts is taken as is.
    expect(eventTime({ ...skewed, sentAt: undefined })).toBe(real + 2 * HOUR);
  });

  it("takes the collector's stored correctedTs over the batch times, when there is one", () => {
    // @cairn/collector stores correctedTs: one offset per device, not each batch's own estimate.
    const stored = { ...ev({ anonymousId: 'c', ts: T0, sentAt: T0 + 5_000, receivedAt: T0 + 5_900 }), correctedTs: T0 + 700 };
    expect(eventTime(stored)).toBe(T0 + 700);
    expect(eventTime({ ...stored, correctedTs: Number.NaN })).toBe(T0 + 900);
    expect(eventTime({ ...stored, correctedTs: '1' })).toBe(T0 + 900);
    // Two events of one device 10 ms apart on its clock, in batches whose transit differed by 50 ms.
    const first = { ...ev({ anonymousId: 'c', ts: T0 + 10, sentAt: T0 + 20, receivedAt: T0 + 80 }), correctedTs: T0 + 70 };
    const second = { ...ev({ anonymousId: 'c', ts: T0 + 20, sentAt: T0 + 30, receivedAt: T0 + 40 }), correctedTs: T0 + 80 };
    expect(buildJourneys([second, first])[0]?.events.map((x) => x.id)).toEqual([first.id, second.id]);
  });

  it('skips inputs that are not events, and rejects a non-array', () => {
    const junk = [null, 42, { id: 'x' }, { ...ev(), ts: Number.NaN }, { ...ev(), type: 'nope' }] as unknown as CairnEvent[];
    expect(buildJourneys([...junk, ev({ anonymousId: 'ok' })]).map((j) => j.id)).toEqual(['anon:ok']);
    expect(() => buildJourneys('nope' as unknown as CairnEvent[])).toThrow(TypeError);
  });
});
