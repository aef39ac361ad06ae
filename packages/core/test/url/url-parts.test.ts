import { describe, expect, it } from 'vitest';
import { queryOf } from '../../src/url/url-parts.js';

describe('queryOf', () => {
  it('decodes the first value of each parameter, names lower-cased, up to the fragment', () => {
    expect(Object.fromEntries(queryOf('https://x.example/a?UTM_Source=News+Letter&utm_medium=e%2Dmail&utm_source=again#x=1'))).toEqual({
      utm_source: 'News Letter',
      utm_medium: 'e-mail',
    });
    expect(Object.fromEntries(queryOf('/p?flag&empty=&bad=%E0%A4'))).toEqual({ flag: '', empty: '', bad: '%E0%A4' });
  });

  it('finds no query in a fragment, a URL without one, or nothing', () => {
    expect(queryOf('https://x.example/a#q?x=1').size).toBe(0);
    expect(queryOf('https://x.example/a').size).toBe(0);
    expect(queryOf(undefined).size).toBe(0);
  });
});
