import { escapeHtml, el, svg, text } from './svg.js';

/** One bar of {@link barListChart}. */
export interface BarItem {
  label: string;
  value: number;
  /** Shown right of the bar (default: the value). */
  display?: string;
  color: string;
}

/** Horizontal bars, one per item, all scaled to the largest value. */
export function barListChart(items: readonly BarItem[], title: string, width = 1000): string {
  const labelWidth = width < 700 ? 118 : 190;
  const valueWidth = width < 700 ? 96 : 150;
  const row = 28;
  const gap = 10;
  const max = Math.max(0, ...items.map((item) => item.value));
  const parts = items.map((item, i) => {
    const y = i * (row + gap);
    const w = max === 0 ? 0 : (item.value / max) * (width - labelWidth - valueWidth);
    return [
      text(0, y + row / 2 + 5, item.label, { class: 'label' }),
      el('rect', { x: labelWidth, y, width: width - labelWidth - valueWidth, height: row, rx: 5, class: 'track' }),
      el('rect', { x: labelWidth, y, width: Math.max(w, item.value > 0 ? 2 : 0), height: row, rx: 5, fill: item.color }, el('title', {}, escapeHtml(`${item.label}: ${item.display ?? item.value}`))),
      text(width, y + row / 2 + 5, item.display ?? String(item.value), { class: 'value', 'text-anchor': 'end' }),
    ].join('');
  });
  return svg(width, Math.max(10, items.length * (row + gap) - gap), title, ...parts);
}
