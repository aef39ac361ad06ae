// Classifier throughput: classify 1,000,000 realistic synthetic events and reduce them to visitor
// stages, against the time JSON.parse needs for the same events (the yardstick: a collector parses
// every batch anyway). Aims (issue 2): classify costs less than half of JSON.parse, and at least
// 3,000,000 events/s on one core. Printed, never asserted.
import { classify, createStageTracker, explain, STAGES, visitorStage } from '@cairn/core';
import { generateEvents } from '../lib/synthetic.mjs';

const EVENTS = Number(process.env.CAIRN_BENCH_EVENTS ?? 1_000_000);
const VISITORS = Math.round(EVENTS / 10);
const RUNS = 3;
const BATCH = 500; // the wire format's largest batch

function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** Runs `fn` RUNS times after collecting garbage; returns the first and the median time in ms. */
function time(fn) {
  const times = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    collect();
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0], median: sorted[Math.floor(RUNS / 2)], result };
}

const generateStart = performance.now();
const events = generateEvents({ events: EVENTS, visitors: VISITORS, seed: 42 });
const generateMs = performance.now() - generateStart;

const batches = [];
for (let i = 0; i < events.length; i += BATCH) {
  batches.push(JSON.stringify({ v: 1, sentAt: events[i].ts, events: events.slice(i, i + BATCH) }));
}
const bytes = batches.reduce((sum, b) => sum + b.length, 0);

const parse = time(() => {
  let n = 0;
  for (const body of batches) n += JSON.parse(body).events.length;
  return n;
});

const classifyAll = time(() => {
  const counts = new Map();
  for (let i = 0; i < events.length; i++) {
    const stage = classify(events[i]);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
});

const explainAll = time(() => {
  let matched = 0;
  for (let i = 0; i < events.length; i++) if (explain(events[i]).ruleId !== null) matched++;
  return matched;
});

// Streaming: one tracker per visitor, events in log (time) order, as analytics does.
const streamed = time(() => {
  const trackers = new Map();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    let tracker = trackers.get(e.anonymousId);
    if (tracker === undefined) {
      tracker = createStageTracker();
      trackers.set(e.anonymousId, tracker);
    }
    tracker.push(e);
  }
  const counts = new Map();
  for (const tracker of trackers.values()) counts.set(tracker.state.stage, (counts.get(tracker.state.stage) ?? 0) + 1);
  return counts;
});

// Batch form: group by visitor, then visitorStage (which sorts each visitor's events).
const grouped = time(() => {
  const byVisitor = new Map();
  for (const e of events) {
    const list = byVisitor.get(e.anonymousId);
    if (list === undefined) byVisitor.set(e.anonymousId, [e]);
    else list.push(e);
  }
  const counts = new Map();
  for (const list of byVisitor.values()) {
    const { stage } = visitorStage(list);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
});

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const rate = (ms) => fmt((events.length / ms) * 1000);
const ratio = (ms) => (ms / parse.median).toFixed(2);

console.log(
  `${fmt(events.length)} events of ${fmt(streamed.result.size === 0 ? 0 : [...streamed.result.values()].reduce((a, b) => a + b, 0))} visitors, ` +
    `${(bytes / 1e6).toFixed(0)} MB as ${fmt(batches.length)} JSON batches of ${BATCH}; generated in ${fmt(generateMs)} ms (seed 42). ` +
    `Times are the median of ${RUNS} runs (first run in brackets: cold caches).\n`,
);
console.log('| Step | Events | ms | Events/s | × JSON.parse |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const row = (name, t) =>
  console.log(`| ${name} | ${fmt(events.length)} | ${fmt(t.median)} (${fmt(t.first)}) | ${rate(t.median)} | ${ratio(t.median)} |`);
row('`JSON.parse` of the batches (yardstick)', parse);
row('`classify` every event', classifyAll);
row('`explain` every event', explainAll);
row('visitor stages, streaming (`createStageTracker` per visitor)', streamed);
row('visitor stages, grouped (`visitorStage` per visitor, sorts)', grouped);

console.log('\n| Stage | Events (`classify`) | Visitors (current stage) |');
console.log('| --- | ---: | ---: |');
for (const stage of [...STAGES, null]) {
  console.log(`| ${stage ?? 'none'} | ${fmt(classifyAll.result.get(stage) ?? 0)} | ${fmt(streamed.result.get(stage) ?? 0)} |`);
}

const classifyRate = (events.length / classifyAll.median) * 1000;
console.log(
  `\nAims: classify ≤ 0.5 × JSON.parse → ${ratio(classifyAll.median)} ${classifyAll.median <= parse.median / 2 ? 'met' : 'NOT met'}; ` +
    `≥ 3,000,000 events/s → ${fmt(classifyRate)} ${classifyRate >= 3_000_000 ? 'met' : 'NOT met'}.`,
);
