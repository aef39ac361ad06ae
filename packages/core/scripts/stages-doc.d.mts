/** Types of stages-doc.mjs, for the test that checks docs/stages.md against the code. */
import type { defaultRules, explain, rulesMarkdown } from '../src/index.js';

export const DOC_PATH: string;
export interface StagesDocBlocks {
  rules: string;
  explain: string;
}
export function renderBlocks(core: {
  explain: typeof explain;
  rulesMarkdown: typeof rulesMarkdown;
  defaultRules: typeof defaultRules;
}): StagesDocBlocks;
export function updateDoc(text: string, blocks: StagesDocBlocks): string;
