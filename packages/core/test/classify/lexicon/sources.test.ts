import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, compileLexicon, defaultLexicon, lexiconSources } from '../../../src/index.js';
import type { Stage } from '../../../src/index.js';
import { event } from '../fixtures.js';

// Real labels from storefront translation files (extracted by scripts/lexicon/extract-labels.py):
// [language, intent, label, key] per source.
interface Extracted {
  source: string;
  repo: string;
  labels: [string, string, string, string][];
}
const dir = new URL('./labels/', import.meta.url);
const extracted: Extracted[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Extracted);

const stageOf = new Map(defaultLexicon.intents.map((i) => [i.id, i.stage]));
const lexicon = compileLexicon(defaultLexicon);
const inLexicon = (language: string, intent: string, label: string): boolean =>
  lexiconSources.some((s) => s.words[language]?.[intent]?.includes(label));

const languages = [...new Set(extracted.flatMap((s) => s.labels.map(([language]) => language)))].sort();

describe('the default lexicon on the labels it was built from', () => {
  it('covers the 31 storefront languages, and uk, ar, he', () => {
    const required = 'en de fr es it ru pt-BR pt-PT nl pl sv da nb fi cs sk tr ro hu hr bg el ja ko zh-CN zh-TW th vi id lt sl uk ar he'.split(' ');
    expect(required.filter((l) => defaultLexicon.words[l] === undefined)).toEqual([]);
    for (const language of required) {
      const intents = Object.keys(defaultLexicon.words[language] ?? {});
      expect(intents.length, language).toBeGreaterThanOrEqual(15);
    }
  });

  it('every source names its repository and files', () => {
    for (const source of lexiconSources) {
      expect(source.repo).toMatch(/^(cairn|github:[\w.-]+\/[\w.-]+(, github:[\w.-]+\/[\w.-]+)*)$/);
      expect(source.paths.length).toBeGreaterThan(0);
    }
    expect(lexiconSources.map((s) => s.repo).join(' ')).not.toMatch(/shopify/i);
  });

  it.each(languages)('%s: every extracted label with an intent that the lexicon kept gets that intent and its stage', (language) => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { source, labels } of extracted) {
      for (const [lang, intent, label] of labels) {
        if (lang !== language || !inLexicon(language, intent, label)) continue;
        checked++;
        const expected = stageOf.get(intent) as Stage | null;
        const got = lexicon.match(label)?.intent.id;
        const stage = classify(event('cta', label));
        const context = defaultLexicon.intents.find((i) => i.id === intent)?.context === true;
        if (got !== intent || (!context && stage !== expected) || (context && stage !== null)) wrong.push(`${source}: ${label} (${intent} → ${got ?? 'none'}, ${stage ?? 'null'})`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it.each(languages)('%s: noise and generic labels stay null without context', (language) => {
    const staged: string[] = [];
    for (const { labels } of extracted) {
      for (const [lang, intent, label] of labels) {
        if (lang !== language || (intent !== 'noise' && intent !== 'generic') || !inLexicon(language, intent, label)) continue;
        const stage = classify(event('cta', label));
        if (stage !== null) staged.push(`${label} → ${stage}`);
      }
    }
    expect(staged).toEqual([]);
  });
});
