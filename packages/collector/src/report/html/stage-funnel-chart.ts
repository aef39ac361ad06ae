import type { FunnelResult } from '@cairn/core';
import { count, percent } from '../report-format.js';
import { STAGE_COLORS, el, svg, text } from './svg.js';

/**
 * The stage funnel as centred bars, one per stage, each as wide as its share of the first
 * stage, with what continued and what dropped between them.
 */
export function stageFunnelChart(funnel: FunnelResult, width = 1000): string {
  const labelWidth = width < 700 ? 118 : 150;
  const valueWidth = width < 700 ? 104 : 150;
  const barArea = width - labelWidth - valueWidth;
  const row = 40;
  const gap = 26;
  const first = funnel.steps[0]?.entered ?? 0;
  const parts: string[] = [];
  funnel.steps.forEach((step, i) => {
    const y = i * (row + gap);
    const share = first === 0 ? 0 : step.entered / first;
    const w = Math.max(2, share * barArea);
    const x = labelWidth + (barArea - w) / 2;
    parts.push(text(0, y + row / 2 + 5, step.label, { class: 'label strong' }));
    parts.push(el('rect', { x, y, width: w, height: row, rx: 6, fill: STAGE_COLORS[step.label] ?? '#5b8ff9' }));
    parts.push(text(width, y + row / 2 - 2, count(step.entered), { class: 'value strong', 'text-anchor': 'end' }));
    parts.push(text(width, y + row / 2 + 15, `${percent(step.conversionFromStart)} of start`, { class: 'muted', 'text-anchor': 'end' }));
    const next = funnel.steps[i + 1];
    if (next) {
      const note = `↓ ${percent(next.conversionFromPrevious)} continue · ${count(step.dropOff)} dropped`;
      parts.push(text(labelWidth + barArea / 2, y + row + gap / 2 + 5, note, { class: 'muted', 'text-anchor': 'middle' }));
    }
  });
  const height = funnel.steps.length * (row + gap) - gap;
  return svg(width, Math.max(height, 10), 'Stage funnel: visitors reaching each stage', ...parts);
}
