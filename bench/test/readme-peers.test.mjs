// The README's comparison table must be the summary of the latest bench/results/peers.md, figure for figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSummary } from '../peers/report.mjs';
import { readmeRegion } from '../peers/readme.mjs';

const results = readFileSync(new URL('../results/peers.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README comparison table', () => {
  it('is the summary of bench/results/peers.md', () => {
    const region = readmeRegion(readme);
    expect(region, 'README.md lacks the <!-- peers:start --> / <!-- peers:end --> markers').not.toBeNull();
    expect(region).toBe(extractSummary(results));
  });

  it('carries every figure of the results summary', () => {
    const numbers = (text) => text.match(/\d[\d,.]*/g) ?? [];
    expect(numbers(readmeRegion(readme) ?? '')).toEqual(numbers(extractSummary(results)));
    expect(numbers(extractSummary(results)).length).toBeGreaterThan(20);
  });
});
