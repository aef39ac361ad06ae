import type { LifecycleResult } from '@cairn/core';
import { count } from '../report-format.js';
import { el, escapeHtml, svg, text } from './svg.js';

const PARTS = [
  { key: 'new', color: '#5b8ff9' },
  { key: 'returning', color: '#3fb68e' },
  { key: 'resurrecting', color: '#f0a30a' },
] as const;
const DORMANT = '#c9ced8';

/** Active visitors per period, stacked as new / returning / resurrecting, with dormant ones below the axis (PostHog's lifecycle). */
export function lifecycleChart(lifecycle: LifecycleResult, width = 1000): string {
  const height = 300;
  const rows = lifecycle.rows;
  const up = Math.max(1, ...rows.map((r) => r.new + r.returning + r.resurrecting));
  const down = Math.max(0, ...rows.map((r) => r.dormant));
  const plot = height - 40;
  const scale = plot / (up + down);
  const axis = 10 + up * scale;
  const slot = width / Math.max(1, rows.length);
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(rows.length / (width < 700 ? 6 : 12));
  const parts: string[] = [el('line', { x1: 0, x2: width, y1: axis, y2: axis, class: 'axis' })];
  rows.forEach((row, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    let y = axis;
    for (const part of PARTS) {
      const h = row[part.key] * scale;
      y -= h;
      if (h > 0) parts.push(el('rect', { x, y, width: barWidth, height: h, fill: part.color }, el('title', {}, escapeHtml(`${row.period}: ${count(row[part.key])} ${part.key}`))));
    }
    if (row.dormant > 0) {
      parts.push(el('rect', { x, y: axis, width: barWidth, height: row.dormant * scale, fill: DORMANT }, el('title', {}, escapeHtml(`${row.period}: ${count(row.dormant)} dormant`))));
    }
    if (i % labelEvery === 0) parts.push(text(x + barWidth / 2, height - 4, row.period.slice(5), { class: 'small muted', 'text-anchor': 'middle' }));
  });
  return svg(width, height, `Lifecycle per ${lifecycle.period}: new, returning, resurrecting and dormant visitors`, ...parts);
}

/** The legend of {@link lifecycleChart}, as HTML. */
export function lifecycleLegend(): string {
  return [...PARTS.map((p) => [p.key, p.color] as const), ['dormant', DORMANT] as const]
    .map(([label, color]) => `<span class="key"><i style="background:${color}"></i>${label}</span>`)
    .join('');
}
