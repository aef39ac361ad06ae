import { describe, expect, it } from 'vitest';
import { classify, createStageTracker, defaultLexicon, defaultRules, explain, STAGES, visitorStage } from '../../src/index.js';
import type { CairnEvent } from '../../src/index.js';
import { prng } from '../support/prng.js';

const random = prng(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// Names from the rules themselves (so matches happen), mangled, plus noise in several scripts.
const ruleNames = defaultRules
  .flatMap((r) => (Array.isArray(r.match.name) ? r.match.name : r.match.name === undefined ? [] : [r.match.name]))
  .filter((n): n is string => typeof n === 'string')
  // and lexicon words of every language, so CTA labels and their context signals are exercised
  .concat(Object.values(defaultLexicon.words).flatMap((perIntent) => Object.values(perIntent).flatMap((list) => list.slice(0, 2))));
const ALPHABET = 'abcXYZ _-/.!?é̀ё🛒ß\u0000\u200b%$#{}[]*'.split('');

function randomString(): string {
  const roll = random();
  if (roll < 0.3) return pick(ruleNames);
  if (roll < 0.45) return `${pick(['', ' ', '!', '→ '])}${pick(ruleNames).toUpperCase()}${pick(['', '…', ' »', '?'])}`;
  if (roll < 0.6) return `/${pick(['blog', 'cart', 'checkout', 'account', 'refer', 'it', 'x'])}/${pick(['review', 'a.html', '', '%E0%A4%A', 'index'])}`;
  let s = '';
  const length = Math.floor(random() * 20);
  for (let i = 0; i < length; i++) s += pick(ALPHABET);
  return s;
}

function randomValue(depth = 0): unknown {
  const roll = random();
  if (roll < 0.15) return randomString();
  if (roll < 0.3) return Math.floor(random() * 12) - 1;
  if (roll < 0.35) return pick([Number.NaN, Infinity, -Infinity, 1e308, -0]);
  if (roll < 0.45) return pick([true, false, null, undefined]);
  if (roll < 0.55 && depth < 3) return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(depth + 1));
  if (roll < 0.75 && depth < 3) {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(random() * 4); i++) o[pick(['kind', 'score', 'label', 'orderId', 'source', 'x', '__proto__', 'action', 'href', 'control', 'method'])] = randomValue(depth + 1);
    return o;
  }
  return randomString();
}

function randomEvent(i: number): unknown {
  if (random() < 0.05) return randomValue();
  const e: Record<string, unknown> = {
    id: random() < 0.9 ? `id-${i}` : randomValue(),
    type: random() < 0.9 ? pick(['page', 'cta', 'checkout', 'track', 'identify', 'survey', 'vital']) : randomValue(),
    name: random() < 0.9 ? randomString() : randomValue(),
    ts: random() < 0.9 ? 1_700_000_000_000 + Math.floor(random() * 1e9) : randomValue(),
    anonymousId: 'a',
  };
  if (random() < 0.5) e.props = random() < 0.5 ? { kind: pick(['nps', 'csat', 'ces']), score: Math.floor(random() * 12) } : randomValue();
  if (random() < 0.3) e.utm = random() < 0.5 ? { source: randomString() } : randomValue();
  if (random() < 0.3) e.url = random() < 0.7 ? `https://x.example${String(randomString())}` : randomValue();
  if (random() < 0.3) e.seq = randomValue();
  if (random() < 0.3) e.sessionId = random() < 0.7 ? pick(['s1', 's2', 's3']) : randomValue();
  return e;
}

describe('random inputs (seeded)', () => {
  // Assertions are collected and made once: 5,000 expect() calls cost more than the code under test.
  it('never make classify or explain throw, and both agree', () => {
    const problems: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const e = randomEvent(i) as CairnEvent;
      const stage = classify(e);
      const explanation = explain(e);
      if (explanation.stage !== stage) problems.push(`explain and classify disagree on ${String(i)}`);
      if (stage !== null && !STAGES.includes(stage)) problems.push(`unknown stage ${String(stage)}`);
      if (typeof explanation.reason !== 'string') problems.push(`no reason for ${String(i)}`);
      if (explanation.ruleId === null && stage !== null) problems.push(`a stage without a rule for ${String(i)}`);
    }
    expect(problems).toEqual([]);
  }, 30_000);

  it('never make visitorStage or the stage tracker throw; stages only move forward; order does not matter', () => {
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 25);
      const events = Array.from({ length }, (_, i) => randomEvent(round * 100 + i)) as CairnEvent[];
      const result = visitorStage(events);
      const indexes = result.history.map((h) => STAGES.indexOf(h.stage));
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
      expect(new Set(indexes).size).toBe(indexes.length);
      expect(result.stage).toBe(result.history.at(-1)?.stage ?? null);

      // Shuffled input, same answer when string ids are unique (then the order is total).
      const shuffled = [...events];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j] as CairnEvent, shuffled[i] as CairnEvent];
      }
      const ids = events.map((e) => (typeof e === 'object' && e !== null ? e.id : undefined));
      const uniqueIds = ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
      if (uniqueIds) expect(visitorStage(shuffled)).toEqual(result);

      const tracker = createStageTracker();
      for (const e of events) tracker.push(e, random() < 0.2 ? (pick([...STAGES, null, 'nonsense']) as never) : undefined);
    }
    expect(visitorStage(null as unknown as CairnEvent[])).toEqual({ stage: null, history: [] });
    expect(visitorStage('events' as unknown as CairnEvent[])).toEqual({ stage: null, history: [] });
  }, 30_000);
});
