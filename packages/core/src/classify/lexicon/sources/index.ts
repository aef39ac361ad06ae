/**
 * Where the default lexicon's words come from, one module per source (see `docs/stages.md`).
 */
import type { LexiconSource } from '../types.js';
import { cairnWords } from './cairn.js';

/** The sources of the default lexicon, in the order their words are merged. */
export const lexiconSources: readonly LexiconSource[] = [cairnWords];
