/**
 * The default lexicon: Cairn's intents, the words of every source merged, and the fillers.
 */
import { defaultFillers } from './fillers.js';
import { defaultIntents } from './intents.js';
import { lexiconSources } from './sources/index.js';
import { mergeWords } from './merge.js';
import type { Lexicon, LexiconSource } from './types.js';

/** A lexicon of the default intents and fillers with the words of the given sources. */
export function lexiconOf(sources: readonly LexiconSource[]): Lexicon {
  return { intents: defaultIntents, fillers: defaultFillers, words: mergeWords(sources.map((source) => source.words)) };
}

/**
 * Cairn's default lexicon: its intents, the words of every source in {@link lexiconSources}
 * (storefront translation files and Cairn's own), and the filler words.
 */
export const defaultLexicon: Lexicon = lexiconOf(lexiconSources);
