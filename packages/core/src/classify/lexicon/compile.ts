/**
 * A lexicon compiled into a label matcher: labels → intent by the longest word that starts them.
 *
 * The algorithm is kept to what SQL can express, so a store can classify with the same result
 * (a CASE over {@link CompiledLexicon.entries} in their order):
 *
 * 1. key = {@link lexiconKey}(label): `normalizeName`, `ı` → `i`, `ς` → `σ`, split on spaces, filler
 *    tokens dropped, joined with one space.
 * 2. The first entry, longest word first, with `key = word`, or `key` starting with `word + ' '`, or
 *    (entries with `boundary: false`, words ending in a script written without spaces) `key`
 *    starting with `word`, decides. Two entries of equal length cannot both match (they would be
 *    the same word, and a word has one intent), so the order between them does not matter.
 */
import { normalizeName } from '../normalize.js';
import type { Intent, Lexicon, LexiconWords } from './types.js';

/** One word of a compiled lexicon, in lexicon normal form. */
export interface LexiconEntry {
  /** The word in lexicon normal form (fillers dropped). */
  readonly words: string;
  readonly intent: Intent;
  /** The languages whose words normalise to it. */
  readonly languages: readonly string[];
  /** `false` when the word ends in a script written without spaces: it then matches any prefix. */
  readonly boundary: boolean;
}

/** What a label means. */
export interface LabelMatch {
  readonly intent: Intent;
  /** The word that matched, in lexicon normal form. */
  readonly words: string;
  readonly languages: readonly string[];
}

/** A lexicon ready to match labels. */
export interface CompiledLexicon {
  /** The intent of a label, or `null` when no word starts it. Results are cached (bounded). */
  match(label: string): LabelMatch | null;
  /** A label in lexicon normal form (see {@link lexiconKey}). */
  key(label: string): string;
  /** Every word, longest first: the order a CASE expression must test them in. */
  readonly entries: readonly LexiconEntry[];
  /** The filler tokens (all languages together). */
  readonly fillers: ReadonlySet<string>;
  readonly intents: readonly Intent[];
}

// Words ending in one of these scripts are matched as plain prefixes: these scripts are written
// without spaces between words, so "カートに追加する" must be read as starting with "カートに追加".
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
// Lower-casing these is ambiguous (Turkish dotless i; Greek final sigma), so both sides fold them.
const FOLD = /[ıς]/g;
const FOLDED: Record<string, string> = { ı: 'i', ς: 'σ' };

const CACHE_LIMIT = 10_000;

/**
 * A label in lexicon normal form: {@link normalizeName}, `ı` read as `i` and `ς` as `σ`, and the
 * filler tokens dropped. `lexiconKey('Add this to YOUR cart!', fillers)` is `'add to cart'`.
 */
export function lexiconKey(label: string, fillers: ReadonlySet<string>): string {
  const normal = normalizeName(label).replace(FOLD, (c) => FOLDED[c] ?? c);
  if (normal === '') return normal;
  const tokens = normal.split(' ');
  let kept = '';
  for (const token of tokens) {
    if (fillers.has(token)) continue;
    kept = kept === '' ? token : `${kept} ${token}`;
  }
  return kept;
}

function fail(message: string): never {
  throw new TypeError(`invalid lexicon: ${message}`);
}

/**
 * Compiles lexicons into one matcher. Earlier word lists win: a word of `layers[0]` that is also in
 * `layers[1]` keeps the intent `layers[0]` gives it. Within one list, a word with two intents
 * throws a `TypeError`, as does a word whose intent is unknown or that is only fillers.
 */
export function compileLexicon(lexicon: Lexicon, layers: readonly LexiconWords[] = [lexicon.words]): CompiledLexicon {
  const intents = new Map<string, Intent>();
  for (const intent of lexicon.intents) {
    if (typeof intent?.id !== 'string' || intent.id === '') fail('every intent needs an id');
    if (intents.has(intent.id)) fail(`duplicate intent "${intent.id}"`);
    intents.set(intent.id, intent);
  }
  const fillers = new Set<string>();
  for (const list of Object.values(lexicon.fillers)) {
    for (const filler of list) for (const token of lexiconKey(filler, new Set()).split(' ')) if (token !== '') fillers.add(token);
  }

  const byWords = new Map<string, { intent: Intent; languages: string[]; layer: number }>();
  layers.forEach((words, layer) => {
    if (typeof words !== 'object' || words === null) fail('words must be an object: language → intent → words');
    for (const [language, perIntent] of Object.entries(words)) {
      if (typeof perIntent !== 'object' || perIntent === null) fail(`words.${language} must be an object: intent → words`);
      for (const [intentId, list] of Object.entries(perIntent)) {
        const intent = intents.get(intentId) ?? fail(`unknown intent "${intentId}" (words.${language})`);
        if (!Array.isArray(list)) fail(`words.${language}.${intentId} must be an array of strings`);
        for (const word of list as readonly unknown[]) {
          if (typeof word !== 'string') fail(`words.${language}.${intentId} must be an array of strings`);
          const key = lexiconKey(word, fillers);
          if (key === '') fail(`"${word}" (${language}, ${intentId}) has no word that is not a filler`);
          const known = byWords.get(key);
          if (known === undefined) {
            byWords.set(key, { intent, languages: [language], layer });
          } else if (known.intent === intent) {
            if (known.layer === layer && !known.languages.includes(language)) known.languages.push(language);
          } else if (known.layer === layer) {
            fail(`"${word}" (${language}) reads as "${key}", which is both ${known.intent.id} and ${intentId}`);
          }
          // Otherwise an earlier layer gave the word its intent: it keeps it.
        }
      }
    }
  });

  const entries: LexiconEntry[] = [...byWords]
    .map(([words, { intent, languages }]) => ({ words, intent, languages, boundary: !UNSPACED.test(words) }))
    .sort((a, b) => b.words.length - a.words.length || (a.words < b.words ? -1 : 1));

  // Candidates per first token (words with a boundary must start at one) and per first character
  // (prefix words), each list longest first.
  const byToken = new Map<string, LexiconEntry[]>();
  const byChar = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    if (entry.boundary) {
      const space = entry.words.indexOf(' ');
      const first = space === -1 ? entry.words : entry.words.slice(0, space);
      const list = byToken.get(first);
      if (list === undefined) byToken.set(first, [entry]);
      else list.push(entry);
    } else {
      const first = String.fromCodePoint(entry.words.codePointAt(0) as number);
      const list = byChar.get(first);
      if (list === undefined) byChar.set(first, [entry]);
      else list.push(entry);
    }
  }

  const matches = (entry: LexiconEntry, key: string): boolean =>
    key.startsWith(entry.words) &&
    (!entry.boundary || key.length === entry.words.length || key.charCodeAt(entry.words.length) === 32);

  const find = (key: string): LabelMatch | null => {
    if (key === '') return null;
    const space = key.indexOf(' ');
    const tokenList = byToken.get(space === -1 ? key : key.slice(0, space));
    const charList = byChar.get(String.fromCodePoint(key.codePointAt(0) as number));
    let best: LexiconEntry | null = null;
    for (const list of [tokenList, charList]) {
      if (list === undefined) continue;
      for (const entry of list) {
        if (best !== null && entry.words.length <= best.words.length) break;
        if (matches(entry, key)) {
          best = entry;
          break;
        }
      }
    }
    return best === null ? null : { intent: best.intent, words: best.words, languages: best.languages };
  };

  const cache = new Map<string, LabelMatch | null>();
  return {
    entries,
    fillers,
    intents: lexicon.intents,
    key: (label) => lexiconKey(label, fillers),
    match(label) {
      const cached = cache.get(label);
      if (cached !== undefined) return cached;
      const result = find(lexiconKey(label, fillers));
      if (cache.size >= CACHE_LIMIT) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      cache.set(label, result);
      return result;
    },
  };
}
