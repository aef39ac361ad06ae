import { terminalSafe } from './terminal-text.js';

/** A column of {@link textTable}: its heading and whether numbers align right. */
export interface TextColumn {
  heading: string;
  align?: 'left' | 'right';
}

/**
 * Monospace table: columns padded to their widest cell, two spaces apart, a rule under the headings.
 * Cells come from events (page names, labels, currencies), so terminal controls in them are escaped.
 */
export function textTable(columns: readonly TextColumn[], cells: readonly (readonly string[])[], indent = '  '): string {
  const rows = cells.map((row) => row.map(terminalSafe));
  const widths = columns.map((column, i) => Math.max(width(column.heading), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    indent +
    columns
      .map((column, i) => pad(cells[i] ?? '', widths[i]!, column.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.heading)), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width, counting each code point once (good enough for labels and bars). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? gap + text : text + gap;
}
