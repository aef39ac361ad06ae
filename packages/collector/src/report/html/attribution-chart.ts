import type { AttributionResult } from '@cairn/core';
import { decimal } from '../report-format.js';
import { SERIES_COLORS, clip, el, escapeHtml, svg, text } from './svg.js';

/**
 * Credited conversions per key (channel, source, …), one bar per attribution model side by
 * side, so the models' disagreements show at a glance.
 */
export function attributionChart(results: readonly AttributionResult[]): string {
  const keys: string[] = [];
  for (const result of results) for (const row of result.rows) if (!keys.includes(row.key)) keys.push(row.key);
  // Order by the first model's credit (its rows are sorted already), then the rest.
  const width = 1000;
  const labelWidth = 190;
  const valueWidth = 70;
  const bar = 14;
  const inner = 3;
  const gap = 14;
  const group = results.length * (bar + inner) - inner;
  const max = Math.max(0, ...results.flatMap((r) => r.rows.map((row) => row.conversions)));
  const legendHeight = 30;
  const parts: string[] = [];
  results.forEach((result, m) => {
    const x = m * 260;
    parts.push(el('rect', { x, y: 4, width: 14, height: 14, rx: 3, fill: SERIES_COLORS[m % SERIES_COLORS.length] }));
    parts.push(text(x + 22, 16, `${result.model} (by ${result.by})`, { class: 'label' }));
  });
  keys.forEach((key, k) => {
    const y = legendHeight + k * (group + gap);
    parts.push(text(0, y + group / 2 + 5, clip(key, 26), { class: 'label' }));
    results.forEach((result, m) => {
      const value = result.rows.find((row) => row.key === key)?.conversions ?? 0;
      const w = max === 0 ? 0 : (value / max) * (width - labelWidth - valueWidth);
      const by = y + m * (bar + inner);
      parts.push(
        el('rect', { x: labelWidth, y: by, width: Math.max(w, value > 0 ? 2 : 0), height: bar, rx: 3, fill: SERIES_COLORS[m % SERIES_COLORS.length] },
          el('title', {}, escapeHtml(`${key}, ${result.model}: ${decimal(value, 1)} conversions`))),
      );
      parts.push(text(labelWidth + w + 6, by + bar - 3, decimal(value, 1), { class: 'small muted' }));
    });
  });
  const height = legendHeight + Math.max(1, keys.length) * (group + gap) - gap;
  return svg(width, height, 'Conversions credited to each channel by each attribution model', ...parts);
}
