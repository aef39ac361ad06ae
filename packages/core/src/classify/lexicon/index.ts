/**
 * The default lexicon: Cairn's intents, the words of every source merged, and the fillers.
 */
import { defaultFillers } from './fillers.js';
import { defaultIntents } from './intents.js';
import { lexiconSources } from './sources/index.js';
import type { Lexicon, LexiconSource, LexiconWords } from './types.js';

/** Merges word lists: per language and intent, the words of each list in order, without repeats. */
export function mergeWords(lists: readonly LexiconWords[]): LexiconWords {
  const merged: Record<string, Record<string, string[]>> = {};
  for (const words of lists) {
    for (const [language, perIntent] of Object.entries(words)) {
      const target = (merged[language] ??= {});
      for (const [intent, list] of Object.entries(perIntent)) {
        const into = (target[intent] ??= []);
        for (const word of list) if (!into.includes(word)) into.push(word);
      }
    }
  }
  return merged;
}

/** A lexicon of the default intents and fillers with the words of the given sources. */
export function lexiconOf(sources: readonly LexiconSource[]): Lexicon {
  return { intents: defaultIntents, fillers: defaultFillers, words: mergeWords(sources.map((source) => source.words)) };
}

/**
 * Cairn's default lexicon: its intents, the words of every source in {@link lexiconSources}
 * (storefront translation files and Cairn's own), and the filler words.
 */
export const defaultLexicon: Lexicon = lexiconOf(lexiconSources);
