// Held-out accuracy of the lexicon: for each platform, the lexicon is rebuilt without that
// platform's labels (Cairn's own words plus the other platforms', resolved as build-sources.mjs
// does), and the default rules with it classify the platform's labels, per language:
//   pnpm --filter @cairn/core build && node packages/core/scripts/lexicon/held-out.mjs [--misses]
// "staged" counts labels with an intent that get their intent's stage; "wrong" a different stage,
// "no stage" none; the last columns count noise and generic labels, and those of them that got a
// stage (they must not). spree and solidus share their translations (solidus_i18n began as a fork
// of spree_i18n), so they are held out together. docs/stages.md shows the tables (stages-doc.mjs).
import { fileURLToPath } from 'node:url';
import { readLabelSources, resolveSources } from './resolve.mjs';

const FAMILY = { spree: ['spree', 'solidus'], solidus: ['spree', 'solidus'] };
const SIX = ['en', 'ru', 'it', 'de', 'fr', 'es'];

function mergeAll(lists) {
  const merged = {};
  for (const words of lists) {
    for (const [language, perIntent] of Object.entries(words)) {
      for (const [intent, list] of Object.entries(perIntent)) {
        const into = ((merged[language] ??= {})[intent] ??= []);
        for (const w of list) if (!into.includes(w)) into.push(w);
      }
    }
  }
  return merged;
}

/** Per platform [source, labels, staged] and per language the counts, with the labels missed. */
export function heldOut(core) {
  const extracted = readLabelSources();
  const cairn = core.lexiconSources.find((s) => s.id === 'cairn');
  const stageOf = new Map(core.defaultLexicon.intents.map((i) => [i.id, i.stage]));
  const languages = new Map();
  const platforms = [];
  for (const held of extracted) {
    const out = FAMILY[held.source] ?? [held.source];
    const { sources } = resolveSources(core, extracted.filter((s) => !out.includes(s.source)));
    const lexicon = { ...core.defaultLexicon, words: mergeAll([cairn, ...sources].map((s) => s.words)) };
    const classifier = core.createClassifier({ lexicon });
    const seen = new Set();
    const platform = { source: held.source, n: 0, ok: 0 };
    for (const [language, intent, label] of held.labels) {
      if (seen.has(`${language}\u0000${label}`)) continue;
      seen.add(`${language}\u0000${label}`);
      let t = languages.get(language);
      if (t === undefined) languages.set(language, (t = { n: 0, ok: 0, wrong: 0, noise: 0, noiseStaged: 0, misses: [] }));
      const stage = classifier.classify({ type: 'cta', name: label, id: 'x', ts: 0, anonymousId: 'a' });
      const expected = stageOf.get(intent);
      if (expected === null) {
        t.noise++;
        if (stage !== null) {
          t.noiseStaged++;
          t.misses.push(`${label} (${intent} → ${stage})`);
        }
        continue;
      }
      t.n++;
      platform.n++;
      if (stage === expected) {
        t.ok++;
        platform.ok++;
      } else {
        if (stage !== null) t.wrong++;
        t.misses.push(`${label} (${intent} → ${stage})`);
      }
    }
    platforms.push(platform);
  }
  return { platforms, languages };
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)} %`);

/** The held-out tables in Markdown. */
export function heldOutMarkdown(core) {
  const { platforms, languages } = heldOut(core);
  const lines = ['| Platform held out | Labels with an intent | Staged |', '| --- | ---: | ---: |'];
  for (const p of platforms) lines.push(`| ${p.source} | ${p.n} | ${pct(p.ok, p.n)} |`);
  lines.push('', '| Language | Labels with an intent | Staged | Wrong stage | No stage | Noise and generic labels | Of them staged |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (name, t) => lines.push(`| ${name} | ${t.n} | ${pct(t.ok, t.n)} | ${t.wrong} | ${t.n - t.ok - t.wrong} | ${t.noise} | ${t.noiseStaged} |`);
  const sum = (list) =>
    list.reduce(
      (a, l) => {
        const t = languages.get(l);
        if (t !== undefined) for (const k of ['n', 'ok', 'wrong', 'noise', 'noiseStaged']) a[k] += t[k];
        return a;
      },
      { n: 0, ok: 0, wrong: 0, noise: 0, noiseStaged: 0 },
    );
  const all = [...languages.keys()].sort();
  for (const language of all) row(language, languages.get(language));
  row('**the six first languages**', sum(SIX));
  row('**all**', sum(all));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const core = await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href);
  console.log(heldOutMarkdown(core));
  if (process.argv.includes('--misses')) {
    const { languages } = heldOut(core);
    for (const language of [...languages.keys()].sort()) console.log(`\n${language}: ${languages.get(language).misses.join('; ')}`);
  }
}
