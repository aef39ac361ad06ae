// Regenerates the generated parts of docs/stages.md from the built package:
//   pnpm --filter @cairn/core build && node packages/core/scripts/stages-doc.mjs
// The default rule table (between <!-- rules:start --> and <!-- rules:end -->), the lexicon tables
// (<!-- lexicon:start --> … <!-- lexicon:end -->) and the explain examples (between
// <!-- explain:start --> and <!-- explain:end -->) come from the code, so the page cannot drift from
// it; test/classify/stages-doc.test.ts fails when it does. docs/lexicon.md, every word of the
// default lexicon, is generated whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { heldOutMarkdown } from './lexicon/held-out.mjs';

export const DOC_PATH = fileURLToPath(new URL('../../../docs/stages.md', import.meta.url));
export const LEXICON_PATH = fileURLToPath(new URL('../../../docs/lexicon.md', import.meta.url));

/** The events the "explain examples" section shows, with a word on each. */
const EXAMPLES = [
  ['A German "add to cart" button, with the verb after the phrase', { type: 'cta', name: 'In den Warenkorb legen' }],
  ['A Japanese one', { type: 'cta', name: 'カートに追加する' }],
  ['A French close button (noise: not a journey signal, whatever the page)', { type: 'cta', name: 'Fermer', url: 'https://shop.example/checkout' }],
  ['"Continue" submitting a form to the checkout', { type: 'cta', name: 'Continue', url: 'https://shop.example/cart', props: { action: '/checkout', method: 'post' } }],
  ['"Weiter" on a checkout page, going nowhere the page rules know', { type: 'cta', name: 'Weiter', url: 'https://shop.example/checkout/shipping' }],
  ['A button without words, named by the platform (Shopify\'s `name="add"`)', { type: 'cta', name: 'button', url: 'https://shop.example/products/mug', props: { control: 'add' } }],
  ['A blog post under a locale prefix', { type: 'page', name: '/it/blog/come-scegliere' }],
  ['The review step of the checkout', { type: 'page', name: '/checkout/review' }],
  ['A GA4 purchase sent as a custom event', { type: 'track', name: 'purchase', props: { transaction_id: 'T-1', value: 59.9, currency: 'EUR' } }],
  ['An NPS promoter', { type: 'survey', name: 'nps', props: { kind: 'nps', score: 10 } }],
  ['A web vital', { type: 'vital', name: 'LCP', props: { value: 1840 } }],
  ['Something no rule knows', { type: 'track', name: 'chat_opened' }],
];

/**
 * The generated blocks of the page, rendered with the given build of `@cairn/core` (the test
 * passes the sources, the script the built package).
 */
export function renderBlocks(core) {
  const examples = EXAMPLES.map(([title, partial]) => {
    const event = { id: 'e1', ts: 1_790_000_000_000, anonymousId: 'a1', ...partial };
    return `${title}:\n\n\`\`\`js\nexplain(${JSON.stringify(partial)})\n// → ${JSON.stringify(core.explain(event), null, 2).replace(/\n/g, '\n// ')}\n\`\`\`\n`;
  });
  return { rules: core.rulesMarkdown(core.defaultRules), explain: examples.join('\n'), lexicon: lexiconTables(core), heldOut: heldOutMarkdown(core) };
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The intents, the words per language and intent (counts), and the sources, from the data. */
function lexiconTables(core) {
  const { intents, words, fillers } = core.defaultLexicon;
  const languages = Object.keys(words).sort();
  const compiled = core.compileLexicon(core.defaultLexicon);
  const lines = ['| Intent | Stage | Act | Rule | Why |', '| --- | --- | --- | --- | --- |'];
  for (const intent of intents) {
    const stage = intent.context ? '(context decides)' : (intent.stage ?? '— (ignored)');
    const rule = intent.context ? '—' : `\`cta-${intent.id}\``;
    lines.push(`| \`${intent.id}\` | ${stage} | ${intent.act ?? ''} | ${rule} | ${cell(intent.why)} |`);
  }
  lines.push('', `Words per language and intent (${compiled.entries.length.toLocaleString('en-US')} distinct words in lexicon normal form; every word is listed in [lexicon.md](lexicon.md)):`, '');
  lines.push(`| Language | ${intents.map((i) => i.id).join(' | ')} | fillers |`);
  lines.push(`| --- | ${intents.map(() => '---:').join(' | ')} | ---: |`);
  for (const language of languages) {
    const counts = intents.map((i) => words[language][i.id]?.length ?? 0);
    lines.push(`| ${language} | ${counts.join(' | ')} | ${fillers[language]?.length ?? 0} |`);
  }
  lines.push('', '| Source | Repository | Files read | Languages | Words |', '| --- | --- | --- | ---: | ---: |');
  for (const source of core.lexiconSources) {
    const count = Object.values(source.words).reduce((n, perIntent) => n + Object.values(perIntent).reduce((m, list) => m + list.length, 0), 0);
    lines.push(`| ${source.id} | ${source.repo} | ${source.paths.map((p) => `\`${p}\``).join(', ')} | ${Object.keys(source.words).length} | ${count} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** docs/lexicon.md: every word of the default lexicon, per language and intent, with its sources. */
export function renderLexicon(core) {
  const { intents, words } = core.defaultLexicon;
  const out = [
    '# The default lexicon, word by word',
    '',
    'Generated from `defaultLexicon` by `node packages/core/scripts/stages-doc.mjs` (see [stages.md](stages.md) for how',
    'words match); `test/classify/stages-doc.test.ts` fails when this page and the code drift apart. Each word is',
    'followed by the sources it comes from.',
    '',
  ];
  for (const language of Object.keys(words).sort()) {
    out.push(`## ${language}`, '', '| Intent | Words |', '| --- | --- |');
    for (const intent of intents) {
      const list = words[language][intent.id];
      if (list === undefined || list.length === 0) continue;
      const cited = list.map((word) => {
        const from = core.lexiconSources.filter((s) => s.words[language]?.[intent.id]?.includes(word)).map((s) => s.id);
        return `${cell(word)} (${from.join(', ')})`;
      });
      out.push(`| \`${intent.id}\` | ${cited.join('; ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function replaceBlock(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`docs/stages.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}${text.slice(to)}`;
}

/** The page with its generated blocks replaced. */
export function updateDoc(text, blocks) {
  let out = text;
  for (const name of ['rules', 'explain', 'lexicon', 'held-out']) out = replaceBlock(out, name, blocks[name === 'held-out' ? 'heldOut' : name]);
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The built package, by path: the script runs inside @cairn/core itself.
  const core = await import(/* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href);
  const text = readFileSync(DOC_PATH, 'utf8');
  const next = updateDoc(text, renderBlocks(core));
  if (next === text) console.log('docs/stages.md is up to date');
  else {
    writeFileSync(DOC_PATH, next);
    console.log('docs/stages.md regenerated');
  }
  writeFileSync(LEXICON_PATH, renderLexicon(core));
  console.log('docs/lexicon.md written');
}
