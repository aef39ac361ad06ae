/** Merging word lists. */
import type { LexiconWords } from './types.js';

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
