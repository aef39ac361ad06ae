/**
 * The lexicon: what a CTA label means, as data. Intents say which stage a kind of click belongs
 * to; words say, per language, which labels express an intent. See `docs/stages.md` ("CTA labels").
 */
import type { Stage } from '../stages.js';

/** One kind of click a label can express (add to cart, sign in, share, …) and the stage it belongs to. */
export interface Intent {
  /** A stable id, for example `add-to-cart`; the default rule for it is `cta-<id>`. */
  id: string;
  /**
   * The stage of a click with this intent, or `null` for labels that are not journey signals
   * (`noise`: Close, Sort, Menu…) and for labels that say nothing (`generic`: Continue, OK…).
   */
  stage: Stage | null;
  /** An explicit act (`share`, `review`, `referral`), as {@link Rule.act}. */
  act?: string;
  /**
   * `true` for labels that say nothing by themselves ("Continue", "Weiter", "OK"): the click's
   * context (its destination, else the page) decides instead of the label.
   */
  context?: boolean;
  /** Why the intent has its stage: shown by `explain` and in the docs. */
  why: string;
}

/**
 * Words per language and intent: `{ de: { 'add-to-cart': ['In den Warenkorb', 'Warenkorb hinzufügen'] } }`.
 * A language is a BCP 47 tag (`de`, `pt-BR`, `zh-TW`). Words are compared in lexicon normal form
 * (see {@link Lexicon}), so case, accents and punctuation do not matter.
 */
export interface LexiconWords {
  readonly [language: string]: { readonly [intent: string]: readonly string[] };
}

/** Where a part of the default lexicon comes from. */
export interface LexiconSource {
  /** Short id, for example `sylius`. */
  id: string;
  /** The repository, for example `github:Sylius/Sylius`, or `cairn` for words written by hand. */
  repo: string;
  /** The translation files read, as paths in the repository (globs where there is one per locale). */
  paths: readonly string[];
  /** The words taken from it. */
  words: LexiconWords;
}

/**
 * A lexicon: the intents, their words per language, and the filler words a label may carry
 * without changing its meaning ("the", "your", "now", "jetzt", "ton"…).
 *
 * A label means an intent when, in lexicon normal form, one of the intent's words is a prefix of it
 * at a word boundary (for words written without spaces, Chinese, Japanese, Korean or Thai, any
 * prefix); the longest such word decides. Lexicon normal form is {@link normalizeName}, then `ı`
 * read as `i` and `ς` as `σ`, then every filler token dropped. So "In den Warenkorb legen"
 * means add to cart ("in warenkorb" starts it) and "Why sign up?" means nothing (no word starts it).
 */
export interface Lexicon {
  readonly intents: readonly Intent[];
  readonly words: LexiconWords;
  /** Per language, tokens that never decide a match and are dropped from labels and words alike. */
  readonly fillers: { readonly [language: string]: readonly string[] };
}
