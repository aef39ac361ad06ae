/** Number and date formats shared by the text and HTML reports. */

export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function decimal(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A fraction in [0, 1] as a percentage. */
export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A score that may be missing (`null`: no answers). */
export function score(value: number | null, digits = 0): string {
  return value === null ? '–' : value.toFixed(digits);
}

/** A duration, ms, in the largest unit that keeps it readable. */
export function duration(ms: number | null): string {
  if (ms === null) return '–';
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1_000, 's'],
  ];
  for (const [size, unit] of units) if (ms >= size) return `${(ms / size).toFixed(ms >= size * 10 ? 0 : 1)} ${unit}`;
  return `${Math.round(ms)} ms`;
}

/** An epoch-ms time as `YYYY-MM-DD HH:MM` UTC. */
export function utc(ms: number | null): string {
  if (ms === null) return '–';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** An epoch-ms time as `YYYY-MM-DD` UTC. */
export function day(ms: number | null): string {
  return ms === null ? '–' : new Date(ms).toISOString().slice(0, 10);
}
