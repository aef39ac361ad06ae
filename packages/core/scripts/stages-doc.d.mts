/** Types of stages-doc.mjs, for the test that checks docs/stages.md against the code. */
import type { compileLexicon, createClassifier, defaultLexicon, defaultRules, explain, lexiconSources, rulesMarkdown } from '../src/index.js';

export const DOC_PATH: string;
export const LEXICON_PATH: string;
export interface StagesDocBlocks {
  rules: string;
  explain: string;
  lexicon: string;
  heldOut: string;
}
export interface CoreForDocs {
  explain: typeof explain;
  rulesMarkdown: typeof rulesMarkdown;
  defaultRules: typeof defaultRules;
  defaultLexicon: typeof defaultLexicon;
  lexiconSources: typeof lexiconSources;
  compileLexicon: typeof compileLexicon;
  createClassifier: typeof createClassifier;
}
export function renderBlocks(core: CoreForDocs): StagesDocBlocks;
export function renderLexicon(core: CoreForDocs): string;
export function updateDoc(text: string, blocks: StagesDocBlocks): string;
