/**
 * Classifier rules: plain JSON data that says which events belong to which stage.
 * See `docs/stages.md` for the default table and how to write your own.
 */
import type { EventType, Utm } from '../event/types.js';
import type { Stage } from './stages.js';
import type { Lexicon } from './lexicon/types.js';

/** A regular expression written as data, so rules stay JSON-serialisable. */
export interface RegexMatch {
  /** The pattern source, as for `new RegExp(regex, flags)`. */
  regex: string;
  /** RegExp flags, for example `"i"`. `g` and `y` are refused (they make `test` stateful). */
  flags?: string;
}

/** Byte-for-byte name comparison: no case folding, no normalisation. */
export interface ExactMatch {
  exact: string;
}

/**
 * How a rule matches an event's `name`:
 * - a string matches after normalisation on both sides (case, accents, surrounding punctuation,
 *   and `_`/`-`/whitespace/camelCase word breaks are ignored: "Add to cart" = "add_to_cart" = "ADD-TO-CART!");
 * - `{ exact }` compares the raw name exactly;
 * - `{ regex, flags }` tests the raw name.
 */
export type NameMatch = string | ExactMatch | RegexMatch;

/**
 * How a rule matches the event's URL path: a glob (`*` within a segment, `**` any number of
 * segments, `?` one character, `{a,b}` alternatives) or `{ regex, flags }`. Both are tested
 * against the normalised path (lower case, no query or hash, no trailing slash or `.html`-style
 * extension, `_` read as `-`).
 */
export type PathMatch = string | RegexMatch;

/** A JSON primitive, compared with `===` (props) or ignoring case (utm strings). */
export type MatchPrimitive = string | number | boolean | null;

/**
 * How a rule matches one property or UTM value:
 * a primitive (equality), `{ exists }` (presence), `{ in: [...] }` (one of),
 * `{ gte, lte }` (a number within bounds) or `{ regex, flags }` (a string that matches).
 */
export type ValueMatch =
  | MatchPrimitive
  | { exists: boolean }
  | { in: readonly MatchPrimitive[] }
  | { gte?: number; lte?: number }
  | RegexMatch;

/** What an event must look like for a rule to apply. Every given condition must hold. */
export interface RuleMatch {
  /** The event type, or any of several. */
  type?: EventType | readonly EventType[];
  /** The event name; with several, any of them. */
  name?: NameMatch | readonly NameMatch[];
  /**
   * The URL path; with several, any of them. A `page` event's path is its `name` when that is a
   * path or URL, otherwise the path of `url`; other events use `url`.
   */
  path?: PathMatch | readonly PathMatch[];
  /** Conditions on `props`, by key. */
  props?: { readonly [key: string]: ValueMatch };
  /** Conditions on `utm`, by parameter (`source`, `medium`, …). Strings compare ignoring case. */
  utm?: { readonly [K in keyof Utm]?: ValueMatch };
  /**
   * Conditions on the query parameters of the event's own URL (`url`, or a `page` event's name when
   * that is a URL), decoded, by name (names and strings compare ignoring case). Unlike `utm`, which a tracker copies
   * from the session's landing page onto every event, this tells the landing page itself.
   */
  query?: { readonly [param: string]: ValueMatch };
  /**
   * The intent of the event's name in the lexicon (see {@link Lexicon}): `"add-to-cart"` matches
   * "In den Warenkorb legen", "Ajouter au panier" and "カートに追加する". With several, any of them.
   * A `cta` named by an id is read by its `props.label`, as for `name`.
   */
  intent?: string | readonly string[];
}

/**
 * One classifier rule. Rules are data: they can be stored as JSON, sent over the wire and
 * listed in documentation.
 */
export interface Rule {
  /** A unique, stable id: `explain` reports it, dashboards show it. */
  id: string;
  /**
   * The stage of a matching event, or `null` to say "not a journey signal" (the event stays
   * unclassified, and later rules are not consulted).
   */
  stage: Stage | null;
  /** Higher first, within the rule's list; ties keep list order. Default 0. */
  priority?: number;
  /**
   * Marks an explicit act rather than a mere view, named by its kind (`purchase`, `signup`,
   * `lead`, `review`, `share`, `referral`, `promoter`, …). The lifecycle uses it: a conversion act
   * makes the visitor a customer and a second one of the same kind is a repeat (retention); an
   * advocacy act reaches advocacy even without an earlier conversion.
   */
  act?: string;
  /** When the rule applies. An empty match applies to every event. */
  match: RuleMatch;
  /** Why the rule says what it says: shown by `explain` and in the docs. */
  why?: string;
}
