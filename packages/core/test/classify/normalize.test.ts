import { describe, expect, it } from 'vitest';
import { normalizeName, normalizePath } from '../../src/index.js';
import { globToRegExp } from '../../src/classify/glob.js';
import { pathOf } from '../../src/classify/normalize.js';

describe('normalizeName', () => {
  it.each([
    ['Add to cart', 'add to cart'],
    ['add_to_cart', 'add to cart'],
    ['ADD-TO-CART!', 'add to cart'],
    ['  Add   to cart  ', 'add to cart'],
    ['addToCart', 'add to cart'],
    ['Product Added', 'product added'],
    ['Scopri di più', 'scopri di piu'],
    ['Écrire un avis', 'ecrire un avis'],
    ['¡Regístrate!', 'registrate'],
    ['Ещё', 'еще'],
    ['$pageview', 'pageview'],
    ['', ''],
    ['!!!', ''],
    ['Größe', 'große'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('stays correct past its cache limit', () => {
    for (let i = 0; i < 12_000; i++) expect(normalizeName(`Name_${i}`)).toBe(`name ${i}`);
    expect(normalizeName('Add_To_Cart')).toBe('add to cart');
  });
});

describe('pathOf and normalizePath', () => {
  it.each([
    ['https://shop.example/Blog/Post?x=1#top', '/Blog/Post'],
    ['https://shop.example', '/'],
    ['/pricing?plan=pro', '/pricing'],
    ['/a#b?c', '/a'],
    ['pricing', null],
    ['', null],
    ['mailto:x@y.z', null],
  ])('pathOf(%j) → %j', (input, expected) => {
    expect(pathOf(input)).toBe(expected);
  });

  it.each([
    ['/Blog/My_Post.html', '/blog/my-post'],
    ['/Blog/My_Post.html?x=1#top', '/blog/my-post'],
    ['/pricing/', '/pricing'],
    ['/', '/'],
    ['', '/'],
    ['//a///b', '/a/b'],
    ['/blog/index.html', '/blog'],
    ['/index.php', '/'],
    ['/%D0%BA%D0%BE%D1%80%D0%B7%D0%B8%D0%BD%D0%B0', '/корзина'],
    ['/bad%E0%A4%A', '/bad%e0%a4%a'],
  ])('normalizePath(%j) → %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});

describe('path globs', () => {
  it.each([
    ['**/blog/**', '/blog', true],
    ['**/blog/**', '/en/blog/post', true],
    ['**/blog/**', '/blogger', false],
    ['**/blog/**', '/my-blog', false],
    ['/blog/*', '/blog/post', true],
    ['/blog/*', '/blog/a/b', false],
    ['/blog/**', '/blog', true],
    ['/blog/**', '/blog/a/b', true],
    ['/a/**/b', '/a/b', true],
    ['/a/**/b', '/a/x/y/b', true],
    ['/p?', '/p1', true],
    ['/p?', '/p12', false],
    ['**/{cart,basket}/**', '/shop/basket', true],
    ['**/{cart,basket}/**', '/shop/bag', false],
    ['/case_studies', '/case-studies', true],
    ['/v1.0/*', '/v1.0/x', true],
    ['/v1.0/*', '/v1x0/x', false],
    ['/Pricing', '/pricing', true],
  ])('%s vs %s → %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('rejects an unclosed brace', () => {
    expect(() => globToRegExp('/{a,b')).toThrow(/unclosed/);
  });
});

