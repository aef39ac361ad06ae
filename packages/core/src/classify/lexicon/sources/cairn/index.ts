/**
 * Words written by hand for Cairn, per language group: the usual button texts of shops, and the
 * interface words (noise, generic) that storefront translation files rarely list as such.
 */
import { mergeWords } from '../../merge.js';
import type { LexiconSource } from '../../types.js';
import { asianWords } from './asian.js';
import { centralEasternWords } from './central-eastern.js';
import { disambiguationWords } from './disambiguation.js';
import { navigationWords } from './navigation.js';
import { nordicWords } from './nordic.js';
import { originalWords } from './original.js';
import { rtlWords } from './rtl.js';
import { viewWords } from './views.js';
import { westernWords } from './western.js';

export const cairnWords: LexiconSource = {
  id: 'cairn',
  repo: 'cairn',
  paths: ['packages/core/src/classify/lexicon/sources/cairn/*.ts'],
  words: mergeWords([disambiguationWords, navigationWords, viewWords, originalWords, westernWords, nordicWords, centralEasternWords, asianWords, rtlWords]),
};
