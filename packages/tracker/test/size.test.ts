// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import variants from '../variants.json' with { type: 'json' };

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);
const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/**
 * Every script-tag variant against its budget in variants.json (bytes of gzip -9 of the built file).
 * packages/tracker/README.md ("Size") says where the bytes go and why each budget is what it is.
 */
describe.each(variants.variants)('dist/$file', ({ file, budget }) => {
  test(`stays within ${budget} B gzip -9`, () => {
    const gzipped = gzip(readFileSync(dist(file)));
    expect(gzipped).toBeGreaterThan(500); // a real build, not an empty file
    expect(gzipped).toBeLessThanOrEqual(budget);
  });

  test('is self-contained: no classifier, no validator, no web-vitals, no eval', () => {
    const code = readFileSync(dist(file), 'utf8');
    for (const needle of ['validateBatch', 'must be one of', 'onLCP', 'largest-contentful-paint', 'eval(', 'new Function']) {
      expect(code).not.toContain(needle);
    }
  });
});

test('each flag changes what is built: a variant with more flags is larger than one with a subset of them', () => {
  const all = Object.keys(variants.flags);
  const flagsOf = (v: (typeof variants.variants)[number]) => new Set(v.flags === '*' ? all : (v.flags as string[]));
  for (const small of variants.variants) {
    for (const big of variants.variants) {
      const [a, b] = [flagsOf(small), flagsOf(big)];
      if (a.size < b.size && [...a].every((flag) => b.has(flag))) {
        expect(readFileSync(dist(big.file)).length, `${big.file} > ${small.file}`).toBeGreaterThan(readFileSync(dist(small.file)).length);
      }
    }
  }
});

/** A site's bundle of the npm build (dist/index.js), minified by esbuild: gzip -9 bytes. */
const bundle = async (source: string): Promise<number> => {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    alias: { '@cairn/tracker': new URL('../dist/index.js', import.meta.url).pathname },
  });
  const code = result.outputFiles[0]!.text;
  return gzip(code);
};

test('npm: a bundler leaves out the features an app does not import', async () => {
  const minimal = await bundle(`import { createTrackerWith } from '@cairn/tracker'; createTrackerWith({ endpoint: '/collect' }, []);`);
  const auto = await bundle(
    `import { createTrackerWith, autoCta, links } from '@cairn/tracker'; createTrackerWith({ endpoint: '/collect' }, [autoCta, links]);`,
  );
  const full = await bundle(`import { createTracker } from '@cairn/tracker'; createTracker({ endpoint: '/collect' });`);
  // Each step pulls in code of its own (at least a few dozen bytes of gzip), and nothing else does.
  expect(auto).toBeGreaterThan(minimal + 50);
  expect(full).toBeGreaterThan(auto + 150);
  // The minimal bundle has none of the features' code: no download extensions, no button classes, no hashchange, no consent() or pageId().
  const code = (
    await build({
      stdin: {
        contents: `import { createTrackerWith } from '@cairn/tracker'; createTrackerWith({}, []);`,
        resolveDir: new URL('..', import.meta.url).pathname,
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      alias: { '@cairn/tracker': new URL('../dist/index.js', import.meta.url).pathname },
    })
  ).outputFiles[0]!.text;
  for (const needle of ['xlsx', 'btn|button', 'hashchange', '_api.consent=', '_api.pageId=']) expect(code).not.toContain(needle);
});
