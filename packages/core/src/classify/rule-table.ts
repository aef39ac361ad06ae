/**
 * Rules as a Markdown table: `docs/stages.md` is generated with it, and sites can document their
 * own rule sets the same way.
 */
import type { NameMatch, PathMatch, Rule, RuleMatch, ValueMatch } from './rule.js';

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function code(text: string): string {
  // Backticks inside would end the code span; pipes would end the cell.
  return `\`${text.replace(/`/g, "'")}\``;
}

function regex(spec: { regex: string; flags?: string }): string {
  return code(`/${spec.regex}/${spec.flags ?? ''}`);
}

function name(spec: NameMatch): string {
  if (typeof spec === 'string') return spec;
  if ('exact' in spec) return `${code(spec.exact)} (exact)`;
  return regex(spec);
}

function path(spec: PathMatch): string {
  return typeof spec === 'string' ? code(spec) : regex(spec);
}

function value(spec: ValueMatch): string {
  if (spec === null || typeof spec !== 'object') return code(JSON.stringify(spec));
  if ('exists' in spec) return spec.exists ? 'present' : 'absent';
  if ('in' in spec) return `one of ${spec.in.map((v) => code(JSON.stringify(v))).join(', ')}`;
  if ('regex' in spec) return regex(spec);
  const { gte, lte } = spec as { gte?: number; lte?: number };
  if (gte !== undefined && lte !== undefined) return `${gte}–${lte}`;
  return gte !== undefined ? `≥ ${gte}` : `≤ ${String(lte)}`;
}

function conditions(match: RuleMatch): string {
  const parts: string[] = [];
  const names = list(match.name);
  if (names.length > 0) parts.push(`name: ${names.map(name).join(', ')}`);
  const paths = list(match.path);
  if (paths.length > 0) parts.push(`path: ${paths.map(path).join(', ')}`);
  for (const group of ['props', 'utm', 'query'] as const) {
    const record = match[group] as Record<string, ValueMatch> | undefined;
    if (record === undefined) continue;
    for (const key of Object.keys(record)) parts.push(`${group}.${key}: ${value(record[key] as ValueMatch)}`);
  }
  return parts.length === 0 ? 'any' : parts.join('; ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A Markdown table of rules, one row per rule in the given order: id, stage, act, priority,
 * event types, conditions and the reasoning (`why`).
 */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const rows = [
    '| Rule | Stage | Act | Priority | Types | Matches | Why |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const rule of rules) {
    const types = list(rule.match.type);
    rows.push(
      [
        code(rule.id),
        rule.stage ?? '— (ignored)',
        rule.act ?? '',
        String(rule.priority ?? 0),
        types.length === 0 ? 'any' : types.join(', '),
        conditions(rule.match),
        rule.why ?? '',
      ]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    );
  }
  return `${rows.join('\n')}\n`;
}
