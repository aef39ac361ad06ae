// Turns extracted storefront labels (test/classify/lexicon/labels/<source>.json) into lexicon
// words, so that every word has one intent: build-sources.mjs writes the default lexicon's source
// modules with it, and held-out.mjs rebuilds the lexicon without one platform the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LABELS_DIR = fileURLToPath(new URL('../../test/classify/lexicon/labels/', import.meta.url));

/** Every extracted source: { source, repo, paths, labels: [language, intent, label, key][] }. */
export function readLabelSources() {
  return readdirSync(LABELS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(`${LABELS_DIR}${file}`, 'utf8')));
}

/**
 * Lexicon words per source from extracted labels. A label whose lexicon key other labels (of any
 * source or language) give another intent goes to the intent most of them give; with a tie, or
 * against Cairn's own words (which always keep theirs), it is left out. Labels of fillers only are
 * left out too. Returns { sources: LexiconSource[], dropped: [source, language, intent, label, reason][] }.
 */
export function resolveSources(core, extracted) {
  const { compileLexicon, defaultLexicon } = core;
  const cairn = core.lexiconSources.find((s) => s.id === 'cairn');
  const key = compileLexicon({ ...defaultLexicon, words: {} }).key;
  const own = new Map();
  for (const [language, perIntent] of Object.entries(cairn.words)) {
    for (const [intent, list] of Object.entries(perIntent)) for (const word of list) own.set(key(word), intent);
  }
  const votes = new Map();
  for (const { labels } of extracted) {
    for (const [, intent, label] of labels) {
      const k = key(label);
      if (k === '') continue;
      const counts = votes.get(k) ?? new Map();
      counts.set(intent, (counts.get(intent) ?? 0) + 1);
      votes.set(k, counts);
    }
  }
  const winner = (k) => {
    if (own.has(k)) return own.get(k);
    const ranked = [...votes.get(k)].sort((a, b) => b[1] - a[1]);
    return ranked.length > 1 && ranked[0][1] === ranked[1][1] ? null : ranked[0][0];
  };
  const dropped = [];
  const sources = extracted.map(({ source, repo, paths, labels }) => {
    const words = {};
    for (const [language, intent, label] of labels) {
      const k = key(label);
      const reason = k === '' ? 'fillers only' : winner(k) === null ? 'tie between intents' : winner(k) !== intent ? `read as ${winner(k)}` : null;
      if (reason !== null) {
        dropped.push([source, language, intent, label, reason]);
        continue;
      }
      const list = ((words[language] ??= {})[intent] ??= []);
      if (!list.includes(label)) list.push(label);
    }
    return { id: source, repo, paths, words };
  });
  return { sources, dropped };
}
