// Classifier throughput: classify 1,000,000 realistic synthetic events and reduce them to visitor
// stages, against the time JSON.parse needs for the same events (the yardstick: a collector parses
// every batch anyway). Aims (issues 2 and 11): classify costs less than half of JSON.parse, and at
// least 3,000,000 events/s on one core. Printed, never asserted. One CTA in four is relabelled with
// a label that says nothing ("Continue", "Weiter", …) and the context the tracker records (a form
// action, or none: then the page decides), so the context signals are measured too; the table of
// signals says how often each decided.
import { classify, createStageTracker, explain, STAGES, visitorStage } from '@cairn/core';
import { generateEvents } from '../lib/synthetic.mjs';

const EVENTS = Number(process.env.CAIRN_BENCH_EVENTS ?? 1_000_000);
const VISITORS = Math.round(EVENTS / 10);
const RUNS = 3;
const BATCH = 500; // the wire format's largest batch

function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Runs `fn` RUNS times after collecting garbage. Returns the first and the median wall time, and
 * the median CPU time of the process (user + system), in ms: on a shared machine the CPU time is
 * the figure that stays honest when other processes compete for the cores.
 */
function time(fn) {
  const wall = [];
  const cpu = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    collect();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { first: wall[0], median: median(wall), cpu: median(cpu), result };
}

const generateStart = performance.now();
const generated = generateEvents({ events: EVENTS, visitors: VISITORS, seed: 42 });
const generateMs = performance.now() - generateStart;

// One CTA in four says nothing by its label: it submits a form to the cart or the checkout, or
// (one in three of them) carries no context, and its page decides.
const GENERIC = ['Continue', 'Weiter', 'Continuer', 'Continua', 'Далее', 'Continuar', 'Next', 'OK'];
const ACTIONS = ['/cart/add', '/checkout', null];
let ctas = 0;
for (const e of generated) {
  if (e.type !== 'cta' || ctas++ % 4 !== 0) continue;
  const n = ctas >> 2;
  e.name = GENERIC[n % GENERIC.length];
  const action = ACTIONS[n % ACTIONS.length];
  if (action !== null) e.props = { ...e.props, action, method: 'post' };
}

const batches = [];
for (let i = 0; i < generated.length; i += BATCH) {
  batches.push(JSON.stringify({ v: 1, sentAt: generated[i].ts, events: generated.slice(i, i + BATCH) }));
}
generated.length = 0;
const bytes = batches.reduce((sum, b) => sum + b.length, 0);

// The collector's order of work: parse a batch, then classify its events. Classifying the
// objects JSON.parse made (rather than the generator's) keeps memory locality the same as in use.
const parse = time(() => {
  const parsed = [];
  for (const body of batches) for (const e of JSON.parse(body).events) parsed.push(e);
  return parsed;
});
const events = parse.result;

const classifyAll = time(() => {
  const counts = { awareness: 0, consideration: 0, conversion: 0, retention: 0, advocacy: 0, none: 0 };
  for (let i = 0; i < events.length; i++) counts[classify(events[i]) ?? 'none']++;
  return counts;
});

const explainAll = time(() => {
  const signals = { event: 0, label: 0, control: 0, destination: 0, page: 0, none: 0 };
  for (let i = 0; i < events.length; i++) signals[explain(events[i]).signal ?? 'none']++;
  return signals;
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
const perSecond = (ms) => (events.length / ms) * 1000;
const visitors = [...streamed.result.values()].reduce((a, b) => a + b, 0);

console.log(
  `${fmt(events.length)} events of ${fmt(visitors)} visitors, ${(bytes / 1e6).toFixed(0)} MB as ${fmt(batches.length)} ` +
    `JSON batches of ${BATCH}; generated in ${fmt(generateMs)} ms (seed 42). Median of ${RUNS} runs; wall time of ` +
    `the first run (cold caches) in brackets; events/s and the ratio use CPU time (one core's work).\n`,
);
console.log('| Step | Events | CPU ms | Wall ms | Events/s | × JSON.parse |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const row = (name, t) =>
  console.log(
    `| ${name} | ${fmt(events.length)} | ${fmt(t.cpu)} | ${fmt(t.median)} (${fmt(t.first)}) | ${fmt(perSecond(t.cpu))} | ${(t.cpu / parse.cpu).toFixed(2)} |`,
  );
row('`JSON.parse` of the batches (yardstick)', parse);
row('`classify` every event', classifyAll);
row('`explain` every event', explainAll);
row('visitor stages, streaming (`createStageTracker` per visitor)', streamed);
row('visitor stages, grouped (`visitorStage` per visitor, sorts)', grouped);

console.log('\n| Stage | Events (`classify`) | Visitors (current stage) |');
console.log('| --- | ---: | ---: |');
for (const stage of [...STAGES, null]) {
  console.log(`| ${stage ?? 'none'} | ${fmt(classifyAll.result[stage ?? 'none'])} | ${fmt(streamed.result.get(stage) ?? 0)} |`);
}

console.log('\n| Signal that decided (`explain`) | Events | CTAs among them |');
console.log('| --- | ---: | ---: |');
const ctaSignals = { event: 0, label: 0, control: 0, destination: 0, page: 0, none: 0 };
for (const e of events) if (e.type === 'cta') ctaSignals[explain(e).signal ?? 'none']++;
for (const [signal, count] of Object.entries(explainAll.result)) console.log(`| ${signal} | ${fmt(count)} | ${fmt(ctaSignals[signal])} |`);

const ratio = classifyAll.cpu / parse.cpu;
const rate = perSecond(classifyAll.cpu);
console.log(
  `\nAims: classify ≤ 0.5 × JSON.parse → ${ratio.toFixed(2)} (${ratio <= 0.5 ? 'met' : 'NOT met'}); ` +
    `≥ 3,000,000 events/s on one core → ${fmt(rate)} (${rate >= 3_000_000 ? 'met' : 'NOT met'}). ` +
    `Load average during the run: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
);
