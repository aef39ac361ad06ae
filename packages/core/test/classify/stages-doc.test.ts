import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import { DOC_PATH, LEXICON_PATH, renderBlocks, renderLexicon, updateDoc } from '../../scripts/stages-doc.mjs';

describe('docs/stages.md', () => {
  it('matches the default rules and the real explain output (regenerate: node packages/core/scripts/stages-doc.mjs)', () => {
    const text = readFileSync(DOC_PATH, 'utf8');
    expect(text).toBe(updateDoc(text, renderBlocks(core)));
  });

  it('docs/lexicon.md lists every word of the default lexicon (regenerate: node packages/core/scripts/stages-doc.mjs)', () => {
    expect(readFileSync(LEXICON_PATH, 'utf8')).toBe(renderLexicon(core));
  });

  it('lists every default rule id in its table', () => {
    const text = readFileSync(DOC_PATH, 'utf8');
    for (const rule of core.defaultRules) expect(text).toContain(`| \`${rule.id}\` |`);
  });

  it('would notice a drift: a changed rule changes the table', () => {
    const changed = core.defaultRules.map((r, i) => (i === 0 ? { ...r, stage: 'advocacy' as const } : r));
    expect(core.rulesMarkdown(changed)).not.toBe(core.rulesMarkdown(core.defaultRules));
  });
});
