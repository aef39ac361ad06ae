/** The few SVG and HTML building blocks the report's charts are drawn with. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML/SVG elements and attribute values: labels come from tracked data. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${key}="${escapeHtml(typeof value === 'number' ? round(value) : value)}"`;
  }
  return out;
}

/** Numbers in SVG: two decimals at most (smaller files, same picture). */
export function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** An element with attributes and already-rendered children (or none). */
export function el(name: string, attrs: Attributes, ...children: string[]): string {
  return children.length === 0 ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children.join('')}</${name}>`;
}

/** A text element; `content` is escaped. */
export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return el('text', { x, y, ...attrs }, escapeHtml(content));
}

/** A responsive SVG: scales to its container's width, keeps its aspect ratio. */
export function svg(width: number, height: number, label: string, ...children: string[]): string {
  return el('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': label, class: 'chart' }, el('title', {}, escapeHtml(label)), ...children);
}

/** Colours of the five stages (and of "start" / "unclassified"), in lifecycle order. */
export const STAGE_COLORS: Record<string, string> = {
  start: '#a3a9b5',
  unclassified: '#a3a9b5',
  awareness: '#5b8ff9',
  consideration: '#3fb68e',
  conversion: '#f0a30a',
  retention: '#8e6bd1',
  advocacy: '#e8684a',
};

/** Colours for series that are not stages (attribution models, lifecycle parts). */
export const SERIES_COLORS = ['#5b8ff9', '#3fb68e', '#f0a30a', '#8e6bd1', '#e8684a', '#6dc8ec', '#ff9d4d', '#a3a9b5'];

/** A label cut to `max` characters with an ellipsis, for axis labels. */
export function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : label;
}
