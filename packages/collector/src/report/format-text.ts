import { STAGES, type FunnelResult, type Report, type StageOrNone } from '@cairn/core';
import { count, day, decimal, duration, percent, score } from './report-format.js';
import { terminalSafe } from './terminal-text.js';
import { textTable } from './text-table.js';

const STAGE_ROWS: readonly StageOrNone[] = [...STAGES, 'unclassified'];

/**
 * The report as plain text for a terminal: one titled section per analysis, aligned tables. Text
 * from events is escaped ({@link terminalSafe}): an event must not be able to drive the terminal.
 */
export function formatTextReport(report: Report): string {
  const sections = [
    header(report),
    funnelSection('Stage funnel', report.stageFunnel),
    funnelSection('Checkout funnel', report.checkoutFunnel),
    stagesSection(report),
    channelsSection(report),
    ...report.attribution.map((result) =>
      section(
        `Attribution: ${result.model} by ${result.by} (${decimal(result.conversions, 0)} conversions credited, ${count(result.unattributed)} unattributed)`,
        result.rows.length === 0
          ? '  (no conversions)'
          : textTable(
              [{ heading: result.by }, { heading: 'conversions', align: 'right' }, { heading: 'share', align: 'right' }, { heading: 'revenue', align: 'right' }],
              result.rows.map((row) => [row.key, decimal(row.conversions), percent(row.share), decimal(row.revenue)]),
            ),
      ),
    ),
    surveysSection(report),
    section(
      'Stage transitions',
      report.transitions.length === 0
        ? '  (none)'
        : textTable(
            [{ heading: 'from' }, { heading: 'to' }, { heading: 'visitors', align: 'right' }],
            report.transitions.map((t) => [t.from, t.to, count(t.count)]),
          ),
    ),
    pathsSection(report),
  ];
  return `${sections.join('\n\n')}\n`;
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function header(report: Report): string {
  const t = report.totals;
  const k = report.kpis;
  const money = t.currencies.length > 0 ? ` ${terminalSafe(t.currencies.join('/'))}` : '';
  return [
    `Cairn report: ${day(t.firstEventAt)} to ${day(t.lastEventAt)} (UTC)`,
    '',
    `  events ${count(t.events)} · visitors ${count(t.visitors)} (${count(t.identifiedVisitors)} identified) · sessions ${count(t.sessions)}`,
    `  conversions ${count(t.conversions)} by ${count(t.convertedVisitors)} visitors · conversion rate ${percent(k.conversionRate)} · revenue ${decimal(t.revenue)}${money}`,
    `  average order ${k.averageOrderValue === null ? '–' : decimal(k.averageOrderValue)} · revenue per visitor ${k.revenuePerVisitor === null ? '–' : decimal(k.revenuePerVisitor)} · median time to convert ${duration(k.timeToConvert.medianMs)}`,
    `  NPS ${score(k.nps.overall.score)} (${count(k.nps.overall.responses)}) · CSAT ${score(k.csat.overall.score)} (${count(k.csat.overall.responses)}) · CES ${score(k.ces.overall.mean, 1)} (${count(k.ces.overall.responses)})`,
  ].join('\n');
}

function funnelSection(title: string, funnel: FunnelResult): string {
  return section(
    `${title} (${duration(funnel.windowMs)} window, ${funnel.order})`,
    textTable(
      [
        { heading: 'step' },
        { heading: 'entered', align: 'right' },
        { heading: 'of start', align: 'right' },
        { heading: 'of previous', align: 'right' },
        { heading: 'dropped', align: 'right' },
        { heading: 'drop rate', align: 'right' },
        { heading: 'median time', align: 'right' },
        { heading: '' },
      ],
      funnel.steps.map((step, i) => [
        step.label,
        count(step.entered),
        percent(step.conversionFromStart),
        percent(step.conversionFromPrevious),
        i === funnel.steps.length - 1 ? '' : count(step.dropOff),
        i === funnel.steps.length - 1 ? '' : percent(step.dropOffRate),
        duration(step.medianTimeToConvertMs),
        bar(step.conversionFromStart, 24),
      ]),
    ),
  );
}

function stagesSection(report: Report): string {
  const total = STAGE_ROWS.reduce((sum, stage) => sum + report.visitorsByStage[stage], 0);
  return section(
    'Visitors by current stage',
    textTable(
      [{ heading: 'stage' }, { heading: 'visitors', align: 'right' }, { heading: 'share', align: 'right' }, { heading: '' }],
      STAGE_ROWS.map((stage) => {
        const n = report.visitorsByStage[stage];
        const share = total === 0 ? 0 : n / total;
        return [stage, count(n), percent(share), bar(share, 24)];
      }),
    ),
  );
}

function channelsSection(report: Report): string {
  return section(
    'Channels (sessions by traffic source; conversions and revenue of those sessions)',
    report.channels.length === 0
      ? '  (no traffic)'
      : textTable(
          [
            { heading: 'channel' },
            { heading: 'visitors', align: 'right' },
            { heading: 'new', align: 'right' },
            { heading: 'sessions', align: 'right' },
            { heading: 'conversions', align: 'right' },
            { heading: 'revenue', align: 'right' },
          ],
          report.channels.map((row) => [row.channel, count(row.visitors), count(row.newVisitors), count(row.sessions), count(row.conversions), decimal(row.revenue)]),
        ),
  );
}

function surveysSection(report: Report): string {
  const { nps, csat, ces } = report.kpis;
  const cell = (value: number | null, responses: number, digits = 0): string => (responses === 0 ? '–' : `${score(value, digits)} (${count(responses)})`);
  return section(
    'Surveys by stage (score, answers): NPS −100…100, CSAT 0…100, CES 1…7',
    textTable(
      [{ heading: 'stage' }, { heading: 'NPS', align: 'right' }, { heading: 'CSAT', align: 'right' }, { heading: 'CES', align: 'right' }],
      [
        ...STAGE_ROWS.map((stage) => [
          stage,
          cell(nps.byStage[stage].score, nps.byStage[stage].responses),
          cell(csat.byStage[stage].score, csat.byStage[stage].responses),
          cell(ces.byStage[stage].mean, ces.byStage[stage].responses, 1),
        ]),
        ['all', cell(nps.overall.score, nps.overall.responses), cell(csat.overall.score, csat.overall.responses), cell(ces.overall.mean, ces.overall.responses, 1)],
      ],
    ),
  );
}

function pathsSection(report: Report): string {
  const paths = report.topPaths;
  const rows = paths.rows.map((row) => [count(row.visitors), percent(row.share), row.path.join(' → ')]);
  if (paths.other.visitors > 0) rows.push([count(paths.other.visitors), percent(paths.other.share), `(${count(paths.other.paths)} other paths)`]);
  return section(
    `Top paths (${paths.nodes === 'pages' ? 'page views' : 'events'}, first ${paths.depth} steps)`,
    rows.length === 0
      ? '  (none)'
      : textTable([{ heading: 'visitors', align: 'right' }, { heading: 'share', align: 'right' }, { heading: 'path' }], rows),
  );
}

/** A bar of block characters, `fraction` of `width` long. */
function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}
