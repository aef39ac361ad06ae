// Regenerates the generated parts of docs/stages.md from the built package:
//   pnpm --filter @cairn/core build && node packages/core/scripts/stages-doc.mjs
// The default rule table (between <!-- rules:start --> and <!-- rules:end -->) and the explain
// examples (between <!-- explain:start --> and <!-- explain:end -->) come from the code, so the page
// cannot drift from it; test/classify/stages-doc.test.ts fails when it does.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOC_PATH = fileURLToPath(new URL('../../../docs/stages.md', import.meta.url));

/** The events the "explain examples" section shows, with a word on each. */
const EXAMPLES = [
  ['A Russian "add to cart" button', { type: 'cta', name: 'В корзину' }],
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
  return { rules: core.rulesMarkdown(core.defaultRules), explain: examples.join('\n') };
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
  return replaceBlock(replaceBlock(text, 'rules', blocks.rules), 'explain', blocks.explain);
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
}
