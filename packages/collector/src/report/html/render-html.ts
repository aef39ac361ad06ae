import { STAGES, type Report, type StageOrNone } from '@cairn/core';
import { count, day, decimal, duration, percent, score, utc } from '../report-format.js';
import { attributionChart } from './attribution-chart.js';
import { barListChart } from './bar-list-chart.js';
import { dropOffChart } from './dropoff-chart.js';
import { flowChart } from './flow-chart.js';
import { lifecycleChart, lifecycleLegend } from './lifecycle-chart.js';
import { stageFunnelChart } from './stage-funnel-chart.js';
import { STAGE_COLORS, escapeHtml } from './svg.js';
import { REPORT_CSS } from './report-css.js';

/** Options of {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** The page title (default "Cairn journey report"). */
  title?: string;
  /** When the report was made, epoch ms (default now). */
  generatedAt?: number;
  /** Where the events came from, shown under the title (e.g. the DuckDB file). */
  source?: string;
}

const STAGE_ROWS: readonly StageOrNone[] = [...STAGES, 'unclassified'];
/** The drawing width of charts in half-width cards: text stays the same size as in full-width ones. */
const HALF = 560;

/**
 * The report as one self-contained HTML page: inline CSS, charts drawn as inline SVG by this
 * package (no chart library, no script, no font or image to fetch), so it opens offline, prints,
 * and can be mailed. The report's JSON is embedded too (`<script type="application/json" id="cairn-report">`).
 */
export function renderHtmlReport(report: Report, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'Cairn journey report';
  const t = report.totals;
  const subtitle = [
    `${day(t.firstEventAt)} to ${day(t.lastEventAt)} (UTC)`,
    `${count(t.events)} events`,
    options.source ? `from ${options.source}` : '',
    `generated ${utc(options.generatedAt ?? Date.now())} UTC`,
  ].filter(Boolean);
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p>${subtitle.map(escapeHtml).join(' · ')}</p></header>`,
    tiles(report),
    `<div class="grid two">${card('Stage funnel', 'Visitors reaching each stage in order, within the funnel window', stageFunnelChart(report.stageFunnel, HALF))}${card('Visitors by current stage', 'Where each visitor stands now', stagesChart(report))}</div>`,
    card('Stage transitions', 'How visitors moved between stages; “start” is the first stage a journey entered', flowChart(report.transitions)),
    `<div class="grid two">${card('Checkout funnel', 'Visitors at each checkout step and the drop-off between steps', dropOffChart(report.checkoutFunnel, '#f0a30a', HALF))}${card('Surveys by stage', 'NPS −100…100, CSAT 0…100, CES 1…7 (answers)', surveysTable(report))}</div>`,
    card('Channels and attribution', 'Conversions credited to each channel, by model', `${attributionChart(report.attribution)}${channelsTable(report)}`),
    `<div class="grid two">${card('Top paths', `The most common first ${report.topPaths.depth} ${report.topPaths.nodes === 'pages' ? 'pages' : 'events'} of a journey`, pathsList(report))}${card(`Lifecycle per ${report.lifecycle.period}`, 'Active visitors: new, returning, resurrecting; dormant below the line', `${lifecycleChart(report.lifecycle, HALF)}<div class="legend">${lifecycleLegend()}</div>`)}</div>`,
    card(`Retention by first-purchase ${report.retention.period}`, 'Share of each cohort active in the following periods', retentionTable(report)),
    `<footer>Cairn · one self-contained file: no code, no network · report format v${report.version}</footer>`,
  ].join('\n');
  const data = JSON.stringify(report).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="cairn-report">${data}</script>
</body>
</html>
`;
}

function card(title: string, note: string, content: string): string {
  return `<section class="card"><h2>${escapeHtml(title)}</h2><p class="note">${escapeHtml(note)}</p>${content}</section>`;
}

function tiles(report: Report): string {
  const t = report.totals;
  const k = report.kpis;
  const currency = t.currencies.length === 1 ? ` ${t.currencies[0]}` : '';
  const items: [string, string, string][] = [
    ['Visitors', count(t.visitors), `${count(t.identifiedVisitors)} identified`],
    ['Sessions', count(t.sessions), `${decimal(report.journeys.averageSessions, 1)} per visitor`],
    ['Conversions', count(t.conversions), `${count(t.convertedVisitors)} buyers`],
    ['Converted', percent(k.conversionRate), `${duration(k.timeToConvert.medianMs)} to convert`],
    ['Revenue', `${decimal(t.revenue, 0)}${currency}`, t.currencies.length > 1 ? `mixed: ${t.currencies.join(', ')}` : `AOV ${k.averageOrderValue === null ? '–' : decimal(k.averageOrderValue)}`],
    ['NPS', score(k.nps.overall.score), `${count(k.nps.overall.responses)} answers`],
    ['CSAT', score(k.csat.overall.score), `${count(k.csat.overall.responses)} answers`],
    ['CES', score(k.ces.overall.mean, 1), `${count(k.ces.overall.responses)} answers`],
  ];
  return `<div class="tiles">${items
    .map(([label, value, sub]) => `<div class="tile"><span class="tile-label">${escapeHtml(label)}</span><span class="tile-value">${escapeHtml(value)}</span><span class="tile-sub">${escapeHtml(sub)}</span></div>`)
    .join('')}</div>`;
}

function stagesChart(report: Report): string {
  const total = STAGE_ROWS.reduce((sum, stage) => sum + report.visitorsByStage[stage], 0);
  return barListChart(
    STAGE_ROWS.map((stage) => {
      const n = report.visitorsByStage[stage];
      return { label: stage, value: n, display: `${count(n)} · ${percent(total === 0 ? 0 : n / total, 0)}`, color: STAGE_COLORS[stage] ?? '#a3a9b5' };
    }),
    'Visitors by current stage',
    HALF,
  );
}

function surveysTable(report: Report): string {
  const { nps, csat, ces } = report.kpis;
  const cell = (value: number | null, responses: number, level: number | null, digits = 0): string =>
    responses === 0
      ? '<td class="num muted">–</td>'
      : `<td class="num"><span class="chip ${level === null ? '' : level >= 0.66 ? 'good' : level >= 0.33 ? 'fair' : 'poor'}">${score(value, digits)}</span> <span class="muted">(${count(responses)})</span></td>`;
  // Where a score sits on its scale, 0…1, to colour it.
  const npsLevel = (v: number | null): number | null => (v === null ? null : (v + 100) / 200);
  const csatLevel = (v: number | null): number | null => (v === null ? null : v / 100);
  const cesLevel = (v: number | null): number | null => (v === null ? null : (v - 1) / 6);
  const rows = STAGE_ROWS.map(
    (stage) =>
      `<tr><th><i class="dot" style="background:${STAGE_COLORS[stage]}"></i>${stage}</th>${cell(nps.byStage[stage].score, nps.byStage[stage].responses, npsLevel(nps.byStage[stage].score))}${cell(csat.byStage[stage].score, csat.byStage[stage].responses, csatLevel(csat.byStage[stage].score))}${cell(ces.byStage[stage].mean, ces.byStage[stage].responses, cesLevel(ces.byStage[stage].mean), 1)}</tr>`,
  );
  rows.push(
    `<tr class="total"><th>all stages</th>${cell(nps.overall.score, nps.overall.responses, npsLevel(nps.overall.score))}${cell(csat.overall.score, csat.overall.responses, csatLevel(csat.overall.score))}${cell(ces.overall.mean, ces.overall.responses, cesLevel(ces.overall.mean), 1)}</tr>`,
  );
  return `<table><thead><tr><th>stage</th><th class="num">NPS</th><th class="num">CSAT</th><th class="num">CES</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function channelsTable(report: Report): string {
  if (report.channels.length === 0) return '<p class="muted">No traffic yet.</p>';
  const rows = report.channels.map(
    (row) =>
      `<tr><th>${escapeHtml(row.channel)}</th><td class="num">${count(row.visitors)}</td><td class="num">${count(row.newVisitors)}</td><td class="num">${count(row.sessions)}</td><td class="num">${count(row.conversions)}</td><td class="num">${decimal(row.revenue)}</td></tr>`,
  );
  return `<table class="spaced"><thead><tr><th>channel</th><th class="num">visitors</th><th class="num">new</th><th class="num">sessions</th><th class="num">conversions</th><th class="num">revenue</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function pathsList(report: Report): string {
  const paths = report.topPaths;
  if (paths.rows.length === 0) return '<p class="muted">No paths yet.</p>';
  const max = Math.max(...paths.rows.map((row) => row.share));
  const items = paths.rows.map(
    (row) =>
      `<li><span class="share" style="width:${((row.share / max) * 100).toFixed(1)}%"></span><span class="path">${row.path.map((node) => `<code>${escapeHtml(node)}</code>`).join('<span class="arrow">→</span>')}</span><span class="num">${count(row.visitors)} · ${percent(row.share)}</span></li>`,
  );
  if (paths.other.visitors > 0) {
    items.push(`<li class="other"><span class="path muted">${count(paths.other.paths)} other paths</span><span class="num">${count(paths.other.visitors)} · ${percent(paths.other.share)}</span></li>`);
  }
  return `<ol class="paths">${items.join('')}</ol>`;
}

function retentionTable(report: Report): string {
  const cohorts = report.retention.cohorts;
  if (cohorts.length === 0) return '<p class="muted">No purchases yet.</p>';
  const periods = Math.max(...cohorts.map((c) => c.onRate.length));
  const head = Array.from({ length: periods }, (_, k) => `<th class="num">+${k}</th>`).join('');
  const rows = cohorts.map((cohort) => {
    const cells = Array.from({ length: periods }, (_, k) => {
      const rate = cohort.onRate[k];
      if (rate === undefined) return '<td></td>';
      return `<td class="num heat" style="background:rgba(91,143,249,${(0.08 + rate * 0.82).toFixed(2)});color:${rate > 0.55 ? '#fff' : 'inherit'}">${percent(rate, 0)}</td>`;
    });
    return `<tr><th>${escapeHtml(cohort.cohort)}</th><td class="num">${count(cohort.size)}</td>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="retention"><thead><tr><th>cohort</th><th class="num">size</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
