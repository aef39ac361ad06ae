import { describe, expect, it } from 'vitest';
import { extractSummary, SUMMARY_END, SUMMARY_START } from '../peers/report.mjs';
import { readmeRegion, withReadmeRegion } from '../peers/readme.mjs';
import { summarize } from '../peers/stats.mjs';

describe('README region', () => {
  const readme = '# Title\n\nintro\n\n<!-- peers:start -->\nold table\n<!-- peers:end -->\n\n## License\n';

  it('replaces only the text between the markers', () => {
    const next = withReadmeRegion(readme, '| new | table |');
    expect(next).toBe('# Title\n\nintro\n\n<!-- peers:start -->\n| new | table |\n<!-- peers:end -->\n\n## License\n');
    expect(readmeRegion(next)).toBe('| new | table |');
  });

  it('leaves a README without markers alone', () => {
    expect(withReadmeRegion('# no markers\n', 'x')).toBeNull();
    expect(readmeRegion('# no markers\n')).toBeNull();
  });

  it('extracts the summary between its markers and refuses a file without them', () => {
    expect(extractSummary(`a\n${SUMMARY_START}\n| t |\n${SUMMARY_END}\nb`)).toBe('| t |');
    expect(() => extractSummary('no markers')).toThrow(/summary markers/);
  });
});

describe('summarize', () => {
  it('gives median, min and max, ignoring non-finite runs', () => {
    expect(summarize([5, 1, 3, NaN])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(summarize([])).toBeNull();
  });
});
