import type { FunnelResult } from '@cairn/core';
import { count, percent } from '../report-format.js';
import { el, svg, text } from './svg.js';

/**
 * A step funnel as columns: each step's visitors against the first step's (pale), and between
 * columns the drop-off, the number that matters in a checkout.
 */
export function dropOffChart(funnel: FunnelResult, color = '#5b8ff9', width = 1000): string {
  const height = 330;
  const top = 30;
  const plot = 210;
  const steps = funnel.steps;
  const slot = width / Math.max(1, steps.length);
  const barWidth = Math.min(140, slot * 0.5);
  const first = steps[0]?.entered ?? 0;
  const labels = top + plot + 24;
  const chips = labels + 22;
  const parts: string[] = [];
  steps.forEach((step, i) => {
    const cx = slot * i + slot / 2;
    const h = first === 0 ? 0 : (step.entered / first) * plot;
    parts.push(el('rect', { x: cx - barWidth / 2, y: top, width: barWidth, height: plot, rx: 6, fill: color, 'fill-opacity': 0.12 }));
    parts.push(el('rect', { x: cx - barWidth / 2, y: top + plot - h, width: barWidth, height: Math.max(h, 1), rx: 6, fill: color }));
    parts.push(text(cx, top + plot - h - 8, `${count(step.entered)} · ${percent(step.conversionFromStart, 0)}`, { class: 'value strong', 'text-anchor': 'middle' }));
    parts.push(text(cx, labels, step.label, { class: 'label', 'text-anchor': 'middle' }));
    const next = steps[i + 1];
    if (next) {
      // The drop between two steps sits under the gap between their columns.
      const x = slot * (i + 1);
      parts.push(el('rect', { x: x - 46, y: chips, width: 92, height: 44, rx: 8, class: 'drop' }));
      // "−0" would read as a loss that did not happen.
      parts.push(text(x, chips + 19, step.dropOff > 0 ? `−${count(step.dropOff)}` : '0', { class: 'drop-text strong', 'text-anchor': 'middle' }));
      parts.push(text(x, chips + 36, `${percent(step.dropOffRate, 0)} drop`, { class: 'drop-text', 'text-anchor': 'middle' }));
    }
  });
  return svg(width, height, 'Checkout funnel with drop-off between steps', ...parts);
}
