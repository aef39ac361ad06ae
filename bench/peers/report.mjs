// Renders bench/results/peers.md from one run's measurements. The "Summary" section (between the
// summary markers) is what the root README shows between its peers markers, copied verbatim.
import { FEATURE_COLUMNS, FEATURES } from './features.mjs';
import { summarize } from './stats.mjs';

export const SUMMARY_START = '<!-- summary:start -->';
export const SUMMARY_END = '<!-- summary:end -->';

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => (n >= 100 ? int(n) : n >= 10 ? n.toFixed(0) : n.toFixed(1));

function cell(values, fmt = ms) {
  const s = summarize(values);
  if (!s) return 'n/a';
  return s.min === s.max ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

function median(values, fmt = ms) {
  const s = summarize(values);
  return s ? fmt(s.median) : 'n/a';
}

const okRuns = (runs) => (runs ?? []).filter((r) => r.ok);
const pick = (runs, key) => okRuns(runs).map((r) => r[key]);

/** The file the page loaded: the last `bytes` row (our build where the package ships none). */
function pageFile(sdk) {
  return sdk.bytes.find((b) => b.served) ?? sdk.bytes[sdk.bytes.length - 1];
}

function allDelivered(sdk, events) {
  const d = summarize(pick(sdk.cost1, 'delivered'));
  return d ? d.median >= events : false;
}

/** The summary table (also the README's). */
export function renderSummary(results) {
  const { events, offlineEvents, runs } = results.config;
  const lines = [];
  lines.push(
    `Measured by \`pnpm bench:peers\` on ${results.date.slice(0, 10)} (${results.machine.cpu}, ${results.machine.cores} cores, Chromium ${results.machine.chromium}). ` +
      `Median of ${runs} runs; min–max and method in [bench/results/peers.md](bench/results/peers.md).`,
  );
  lines.push('');
  lines.push(
    `| SDK | Script tag, brotli / gzip B | Eval + init, ms | Eval + init at 4× CPU, ms | ${int(events)} \`track\` calls, main-thread CPU ms | Long tasks > 50 ms | Bytes on the wire per event | Offline, then reload: delivered of ${offlineEvents} | Queue lives in |`,
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  let footnote = false;
  for (const sdk of results.sdks) {
    const file = pageFile(sdk);
    const name = sdk.id === 'cairn' ? `**${sdk.name}**` : sdk.name;
    const size = file.sizes ? `${int(file.sizes.brotli)} / ${int(file.sizes.gzip)}${file.ours ? ' †' : ''}` : 'n/a';
    let track = median(pick(sdk.cost1, 'trackCpuMs'));
    if (okRuns(sdk.cost1).length && !allDelivered(sdk, events)) {
      track += ' *';
      footnote = true;
    }
    const bpe = median(pick(sdk.cost1, 'bytesPerEvent'), int);
    const off = median(pick(sdk.offline, 'delivered'), (n) => String(Math.round(n)));
    const where = FEATURES[sdk.id]?.where?.v ?? 'n/a';
    lines.push(
      `| ${name} | ${size} | ${median(pick(sdk.cost1, 'evalInitMs'))} | ${median(pick(sdk.cost4, 'evalInitMs'))} | ${track} | ${median(pick(sdk.cost1, 'longTasks'), String)} | ${bpe} | ${off} | ${where} |`,
    );
  }
  lines.push('');
  lines.push('† our minified build of the npm package (the vendor ships no minified script tag on npm).');
  if (footnote) {
    lines.push(
      `\\* had not sent all ${int(events)} events ${results.config.windowMs / 1000} s after the last call: the work still pending is not counted, so the figure is a lower bound.`,
    );
  }
  return lines.join('\n');
}

function renderBytes(results) {
  const lines = ['| SDK | package@version | file | what it is | raw B | gzip -9 B | brotli 11 B |', '|---|---|---|---|---:|---:|---:|'];
  for (const sdk of results.sdks) {
    for (const b of sdk.bytes) {
      const s = b.sizes;
      lines.push(
        `| ${sdk.name} | ${sdk.pkg}@${sdk.version} | \`${b.label}\`${b.ours ? ' (OUR build)' : ''} | ${b.what} | ${s ? int(s.raw) : 'missing'} | ${s ? int(s.gzip) : ''} | ${s ? int(s.brotli) : ''} |`,
      );
    }
  }
  return lines.join('\n');
}

function renderFeatures(results) {
  const head = `| SDK | ${FEATURE_COLUMNS.map(([, t]) => t).join(' | ')} |`;
  const lines = [head, `|---|${FEATURE_COLUMNS.map(() => '---').join('|')}|`];
  const failed = new Set(results.evidenceFailures.map((f) => `${f.sdk}/${f.column}`));
  for (const sdk of results.sdks) {
    const row = FEATURES[sdk.id];
    if (!row) continue;
    const cells = FEATURE_COLUMNS.map(([key]) => {
      const c = row[key];
      if (!c) return '?';
      const ref = c.ref ? ` (\`${c.ref}\`)` : '';
      return `${c.v}${ref}${failed.has(`${sdk.id}/${key}`) ? ' **unverified**' : ''}`;
    });
    lines.push(`| ${sdk.name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function renderCost(results) {
  const { events } = results.config;
  const lines = [
    `| SDK | eval, ms | init, ms | eval + init, ms | eval + init at 4×, ms | ${int(events)} calls, synchronous ms | ${int(events)} calls, main-thread CPU ms (until sent) | same, main-thread task ms (wall) | long tasks (whole run) | long tasks during load at 4× | events sent in window | requests | bytes/event | wall time of one run, s (1× / 4×) | runs ok (1× / 4×) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const sdk of results.sdks) {
    const c1 = sdk.cost1;
    const c4 = sdk.cost4;
    lines.push(
      `| ${sdk.name} | ${cell(pick(c1, 'evalMs'))} | ${cell(pick(c1, 'initMs'))} | ${cell(pick(c1, 'evalInitMs'))} | ${cell(pick(c4, 'evalInitMs'))} | ${cell(pick(c1, 'syncMs'))} | ${cell(pick(c1, 'trackCpuMs'))} | ${cell(pick(c1, 'trackMs'))} | ${cell(pick(c1, 'longTasks'), String)} | ${cell(pick(c4, 'longTasks'), String)} | ${cell(pick(c1, 'delivered'), int)} | ${cell(pick(c1, 'requests'), int)} | ${cell(pick(c1, 'bytesPerEvent'), int)} | ${median(pick(c1, 'sessionMs').map((x) => x / 1000), (n) => n.toFixed(1))} / ${median(pick(c4, 'sessionMs').map((x) => x / 1000), (n) => n.toFixed(1))} | ${okRuns(c1).length}/${c1.length} / ${okRuns(c4).length}/${c4.length} |`,
    );
  }
  return lines.join('\n');
}

function renderOffline(results) {
  const { offlineEvents } = results.config;
  const lines = [
    `| SDK | delivered of ${offlineEvents}: median (min–max) | per run | last event arrived, s after coming back online | queue lives in |`,
    '|---|---:|---|---:|---|',
  ];
  for (const sdk of results.sdks) {
    const per = (sdk.offline ?? []).map((r) => (r.ok ? String(r.delivered) : 'error')).join(', ');
    const last = cell(pick(sdk.offline, 'lastMs').map((x) => x / 1000), (n) => n.toFixed(1));
    lines.push(`| ${sdk.name} | ${cell(pick(sdk.offline, 'delivered'), (n) => String(Math.round(n)))} | ${per} | ${last === 'n/a' ? '–' : last} | ${FEATURES[sdk.id]?.where?.v ?? ''} |`);
  }
  return lines.join('\n');
}

function renderIngest(results) {
  const i = results.ingest;
  if (!i || i.error) return `Not measured: ${i?.error ?? 'bench/lib/ingest.mjs not available'}.`;
  return [
    `| server | events/s | requests/s | p50 ms | p99 ms |`,
    '|---|---:|---:|---:|---:|',
    `| Cairn collector (DuckDB file, durable commits) | ${int(i.collectorEventsPerSec)} | ${i.collectorRequestsPerSec ? int(i.collectorRequestsPerSec) : ''} | ${i.collectorP50Ms != null ? ms(i.collectorP50Ms) : ''} | ${i.collectorP99Ms != null ? ms(i.collectorP99Ms) : ''} |`,
    `| bare Node \`http\` server (reads, discards) | ${int(i.bareEventsPerSec)} | ${i.bareRequestsPerSec ? int(i.bareRequestsPerSec) : ''} | ${i.bareP50Ms != null ? ms(i.bareP50Ms) : ''} | ${i.bareP99Ms != null ? ms(i.bareP99Ms) : ''} |`,
    '',
    `Collector / bare: **${(i.collectorEventsPerSec / i.bareEventsPerSec).toFixed(2)}**. Batches of ${i.batchSize} events (${i.bodyBytes ? `${int(i.bodyBytes)} B bodies, ` : ''}${i.concurrency} concurrent clients, ${i.seconds} s each, loopback), measured by \`bench/lib/ingest.mjs\`.`,
  ].join('\n');
}

/** The whole results file. */
export function renderResults(results) {
  const { events, offlineEvents, runs, offlineRuns, windowMs } = results.config;
  const m = results.machine;
  const versions = results.sdks.map((s) => `${s.pkg}@${s.version}`).join(', ');
  const out = [];
  out.push('# Cairn and its peers, side by side');
  out.push('');
  out.push(`Generated by \`pnpm bench:peers\` (bench/peers/run.mjs); do not edit by hand. Every figure below was measured in this run.`);
  out.push('');
  const ph = results.phases ?? {};
  out.push(`- Date: ${results.date}; bench/peers/run.mjs took ${Math.round(results.durationSec)} s after \`pnpm build\` (cost to the page ${Math.round(ph.costSec ?? 0)} s, offline ${Math.round(ph.offlineSec ?? 0)} s, ingest ${Math.round(ph.ingestSec ?? 0)} s).`);
  out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (Debian package, headless, driven by playwright-core ${results.playwright}). The machine was shared with other work while this ran: load average ${results.loadAverage.start.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the start, ${results.loadAverage.end.map((x) => x.toFixed(1)).join(' / ')} at the end, so timings carry that noise (see the min–max ranges).`);
  out.push(`- Packages: ${versions}.`);
  for (const note of results.notes) out.push(`- ${note}`);
  out.push('');
  out.push('## Summary');
  out.push('');
  out.push(SUMMARY_START);
  out.push(renderSummary(results));
  out.push(SUMMARY_END);
  out.push('');
  out.push('## 1. Bytes of the script-tag build');
  out.push('');
  out.push(`raw = file bytes; gzip = ${results.gzipMethod}; brotli = Node zlib, quality 11, text mode. "OUR build" rows are made by bench/peers/artifacts.mjs where the npm package ships no minified script tag; the page tests load the last row of each SDK.`);
  out.push('');
  out.push(renderBytes(results));
  out.push('');
  out.push('### What each build does');
  out.push('');
  out.push('From each package\'s code and docs; paths are inside the installed package (Cairn: packages/tracker). Y present, P partial or opt-in, N not found (searched), LS localStorage, IDB IndexedDB, mem memory. Each citation\'s evidence string was checked in the installed files during this run' + (results.evidenceFailures.length ? '; the ones marked **unverified** were not found.' : ': all found.'));
  out.push('');
  out.push(renderFeatures(results));
  out.push('');
  out.push('## 2. Cost to the page');
  out.push('');
  out.push(
    `Each run: a fresh browser context, the same blank page with the SDK's script tag (and its snippet stub where it has one), pointed at a local sink on 127.0.0.1. ` +
      `eval = from the script's responseEnd to the end of its execution; init = the init snippet plus the vendor stub (synchronous work only: Segment, RudderStack, Amplitude and PostHog go on initialising after fetching settings, chunks or flags, which the long-task count and the main-thread figures see). ` +
      `Then ${int(events)} \`track('bench_event', {plan, price, step, ref})\` calls in one task; main-thread time is measured by Chromium (CDP \`Performance.getMetrics\`: ThreadTime = CPU time, TaskDuration = wall time of tasks) from the first call until the sink had all events or ${windowMs / 1000} s after the last call, so deferred work counts. ` +
      `Long tasks: PerformanceObserver('longtask'). Bytes/event: request line + headers + body of the requests that carried events, as received, divided by unique events received. ` +
      `The 4× columns are separate load-only runs with \`Emulation.setCPUThrottlingRate\` 4. Median of ${runs} runs (min–max); one run at a time, SDKs interleaved round by round. The summary's track figure is CPU time; wall-clock figures carry the load of the (shared) machine, see the ranges.`,
  );
  out.push('');
  out.push(renderCost(results));
  out.push('');
  out.push('Configuration (defaults except where events go):');
  out.push('');
  for (const sdk of results.sdks) out.push(`- ${sdk.name}: ${sdk.notes}.`);
  out.push('');
  out.push('## 3. Offline, then reload');
  out.push('');
  out.push(
    `Load the page online; go offline (\`context.setOffline(true)\` and the sink drops every connection, so a beacon sent on unload cannot slip through DevTools' emulation); track ${offlineEvents} events; wait 1.5 s; reload while offline; come back online; open the page again (the SDK loads as on any page view) and count the unique events that reach the sink, waiting until all ${offlineEvents} arrived, or ${results.config.offlineQuietMs / 1000} s passed without a new one once the SDK was ready, or ${results.config.offlineMaxMs / 1000} s in all. ${offlineRuns} runs per SDK, up to ${results.config.offlineConcurrency} side by side (each in its own context with its own sink and origin; counts, not timings).`,
  );
  out.push('');
  out.push(renderOffline(results));
  out.push('');
  out.push('## 4. Ingest');
  out.push('');
  out.push(renderIngest(results));
  out.push('');
  out.push('## Network isolation');
  out.push('');
  const hits = results.vendorHits.length ? results.vendorHits.map(([h, n]) => `\`${h}\` (${n})`).join(', ') : 'none';
  out.push(
    `Every request went to 127.0.0.1: a Playwright route answered any other host from a local stub, and \`--host-resolver-rules\` made any other name fail to resolve. Requests the SDKs made to other hosts, answered locally: ${hits}.`,
  );
  if (results.pageErrors.length) {
    out.push('');
    out.push('Page errors seen: ' + results.pageErrors.map((e) => `${e.sdk}: ${e.message}`).join('; ') + '.');
  }
  out.push('');
  return out.join('\n');
}

/** The summary section of a results file (what the README shows). */
export function extractSummary(resultsMd) {
  const start = resultsMd.indexOf(SUMMARY_START);
  const end = resultsMd.indexOf(SUMMARY_END);
  if (start < 0 || end < start) throw new Error('results file has no summary markers');
  return resultsMd.slice(start + SUMMARY_START.length, end).trim();
}
