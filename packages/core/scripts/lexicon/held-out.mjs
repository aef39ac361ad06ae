// Held-out accuracy of the lexicon: for each platform, the lexicon is rebuilt without that
// platform's labels (Cairn's own words plus the other platforms', resolved as build-sources.mjs
// does), and the default rules with it classify the platform's labels, per language:
//   pnpm --filter @cairn/core build && node packages/core/scripts/lexicon/held-out.mjs
// "staged" counts labels with an intent that get their intent's stage; "wrong" a different stage,
// "null" none; "noise classified" counts noise and generic labels that got a stage (they must not).
// spree and solidus share their translations (solidus_i18n began as a fork), so they are held out together.
import { readLabelSources, resolveSources } from './resolve.mjs';

const core = await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href);
const extracted = readLabelSources();
const FAMILY = { spree: ['spree', 'solidus'], solidus: ['spree', 'solidus'] };
const cairn = core.lexiconSources.find((s) => s.id === 'cairn');
const stageOf = new Map(core.defaultLexicon.intents.map((i) => [i.id, i.stage]));
const SIX = ['en', 'ru', 'it', 'de', 'fr', 'es'];

const totals = new Map(); // language → { n, ok, wrong, noise, noiseBad }
const perPlatform = [];
for (const held of extracted) {
  const out = FAMILY[held.source] ?? [held.source];
  const { sources } = resolveSources(core, extracted.filter((s) => !out.includes(s.source)));
  const lexicon = { ...core.defaultLexicon, words: mergeAll([cairn, ...sources].map((s) => s.words)) };
  const classifier = core.createClassifier({ lexicon });
  const seen = new Set();
  let n = 0;
  let ok = 0;
  for (const [language, intent, label] of held.labels) {
    if (seen.has(`${language}\u0000${label}`)) continue;
    seen.add(`${language}\u0000${label}`);
    const t = totals.get(language) ?? { n: 0, ok: 0, wrong: 0, noise: 0, noiseBad: 0, misses: [] };
    totals.set(language, t);
    const stage = classifier.classify({ type: 'cta', name: label, id: 'x', ts: 0, anonymousId: 'a' });
    const expected = stageOf.get(intent);
    if (expected === null) {
      t.noise++;
      if (stage !== null) {
        t.noiseBad++;
        t.misses.push(`${label} (${intent} → ${stage})`);
      }
    } else {
      t.n++;
      n++;
      if (stage === expected) {
        t.ok++;
        ok++;
      } else {
        if (stage !== null) t.wrong++;
        t.misses.push(`${label} (${intent} → ${stage})`);
      }
    }
  }
  perPlatform.push([held.source, n, ok]);
}

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

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)} %`);
console.log('| Platform held out | Labels with an intent | Staged |');
console.log('| --- | ---: | ---: |');
for (const [source, n, ok] of perPlatform) console.log(`| ${source} | ${n} | ${pct(ok, n)} |`);
console.log('\n| Language | Labels with an intent | Staged | Wrong stage | No stage | Noise/generic labels | Of them staged |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const sum = (langs) => langs.reduce((a, l) => { const t = totals.get(l); if (t) { a.n += t.n; a.ok += t.ok; a.wrong += t.wrong; a.noise += t.noise; a.noiseBad += t.noiseBad; } return a; }, { n: 0, ok: 0, wrong: 0, noise: 0, noiseBad: 0 });
const row = (name, t) => console.log(`| ${name} | ${t.n} | ${pct(t.ok, t.n)} | ${t.wrong} | ${t.n - t.ok - t.wrong} | ${t.noise} | ${t.noiseBad} |`);
for (const language of [...totals.keys()].sort()) row(language, totals.get(language));
row('**six original languages**', sum(SIX));
row('**all**', sum([...totals.keys()]));
if (process.argv.includes('--misses')) {
  for (const language of [...totals.keys()].sort()) console.log(`\n${language}: ${totals.get(language).misses.join('; ')}`);
}
