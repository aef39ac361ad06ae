import { STAGES, type StageTransition } from '@cairn/core';
import { count } from '../report-format.js';
import { STAGE_COLORS, el, escapeHtml, round, svg, text } from './svg.js';

const COLUMNS: readonly string[] = ['start', ...STAGES];

interface Node {
  key: string;
  x: number;
  y: number;
  height: number;
  /** Where the next outgoing / incoming band attaches, from the node's top. */
  outOffset: number;
  inOffset: number;
  value: number;
}

/**
 * Stage transitions as a Sankey diagram: one node per stage in lifecycle order (plus "start",
 * where journeys begin), bands as thick as the number of moves. Moves back to an earlier stage
 * are drawn as arcs under the nodes, so forward flow stays readable.
 */
export function flowChart(transitions: readonly StageTransition[]): string {
  const width = 1000;
  const nodeWidth = 16;
  const top = 44;
  const plot = 250;
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const t of transitions) {
    outflow.set(t.from, (outflow.get(t.from) ?? 0) + t.count);
    inflow.set(t.to, (inflow.get(t.to) ?? 0) + t.count);
  }
  const value = (key: string): number => Math.max(inflow.get(key) ?? 0, outflow.get(key) ?? 0);
  const max = Math.max(1, ...COLUMNS.map(value));
  const scale = plot / max;
  const step = (width - nodeWidth) / (COLUMNS.length - 1);
  const nodes = new Map<string, Node>();
  COLUMNS.forEach((key, i) => {
    const height = Math.max(2, value(key) * scale);
    nodes.set(key, { key, x: i * step, y: top + (plot - height) / 2, height, outOffset: 0, inOffset: 0, value: value(key) });
  });
  const index = (key: string): number => COLUMNS.indexOf(key);
  const backward = transitions.filter((t) => index(t.to) <= index(t.from));
  // Bands leave a node in the order of their targets, and enter one in the order of where they
  // left from (as d3-sankey does), so that bands do not cross needlessly.
  const forward = transitions
    .filter((t) => index(t.to) > index(t.from))
    .sort((a, b) => index(a.from) - index(b.from) || index(a.to) - index(b.to))
    .map((t) => {
      const from = nodes.get(t.from)!;
      const thickness = Math.max(1, t.count * scale);
      const y0 = from.y + from.outOffset;
      from.outOffset += thickness;
      return { t, thickness, y0 };
    })
    .sort((a, b) => index(a.t.to) - index(b.t.to) || a.y0 - b.y0);
  const parts: string[] = [];
  for (const { t, thickness, y0 } of forward) {
    const from = nodes.get(t.from)!;
    const to = nodes.get(t.to)!;
    const x0 = from.x + nodeWidth;
    const x1 = to.x;
    const y1 = to.y + to.inOffset;
    to.inOffset += thickness;
    const xm = (x0 + x1) / 2;
    const d = `M${round(x0)},${round(y0)} C${round(xm)},${round(y0)} ${round(xm)},${round(y1)} ${round(x1)},${round(y1)} L${round(x1)},${round(y1 + thickness)} C${round(xm)},${round(y1 + thickness)} ${round(xm)},${round(y0 + thickness)} ${round(x0)},${round(y0 + thickness)} Z`;
    parts.push(el('path', { d, fill: STAGE_COLORS[t.to] ?? '#5b8ff9', 'fill-opacity': 0.35, class: 'band' }, el('title', {}, escapeHtml(`${t.from} → ${t.to}: ${count(t.count)}`))));
  }
  let arcDepth = 0;
  const base = top + plot + 14;
  for (const t of backward.sort((a, b) => b.count - a.count)) {
    const from = nodes.get(t.from)!;
    const to = nodes.get(t.to)!;
    arcDepth += 14;
    const x0 = from.x + nodeWidth / 2;
    const x1 = to.x + nodeWidth / 2;
    const stroke = Math.max(1.5, Math.min(10, t.count * scale));
    const d = `M${round(x0)},${round(from.y + from.height)} C${round(x0)},${round(base + arcDepth)} ${round(x1)},${round(base + arcDepth)} ${round(x1)},${round(to.y + to.height)}`;
    parts.push(el('path', { d, fill: 'none', stroke: STAGE_COLORS[t.to] ?? '#a3a9b5', 'stroke-opacity': 0.55, 'stroke-width': stroke, 'stroke-dasharray': '5 4' }, el('title', {}, escapeHtml(`${t.from} → ${t.to} (back): ${count(t.count)}`))));
    parts.push(text((x0 + x1) / 2, base + arcDepth * 0.75 + 4, `${t.from} → ${t.to} ${count(t.count)}`, { class: 'small muted', 'text-anchor': 'middle' }));
  }
  for (const node of nodes.values()) {
    parts.push(el('rect', { x: node.x, y: node.y, width: nodeWidth, height: node.height, rx: 3, fill: STAGE_COLORS[node.key] ?? '#a3a9b5' }));
    const anchor = node.key === 'start' ? 'start' : node.key === 'advocacy' ? 'end' : 'middle';
    const lx = node.key === 'start' ? node.x : node.key === 'advocacy' ? node.x + nodeWidth : node.x + nodeWidth / 2;
    parts.push(text(lx, 16, node.key, { class: 'label strong', 'text-anchor': anchor }));
    parts.push(text(lx, 32, count(node.value), { class: 'small muted', 'text-anchor': anchor }));
  }
  const height = backward.length > 0 ? base + arcDepth + 8 : top + plot + 6;
  return svg(width, height, 'Stage transitions: how visitors moved between stages', ...parts);
}
