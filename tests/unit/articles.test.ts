import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleOrder, inReadingOrder, neighbours } from '../../src/lib/articles';

describe('the reading order', () => {
  it('lists every article folder once', () => {
    const folders = readdirSync('content/articles');
    expect(inReadingOrder(folders)).toEqual([...articleOrder]);
    expect(new Set(articleOrder).size).toBe(articleOrder.length);
  });

  it('fails naming an article missing from the order', () => {
    expect(() => inReadingOrder(['a', 'b', 'new-one'], ['a', 'b'])).toThrow(
      'content/articles/new-one/: not in articleOrder (src/lib/articles.ts)',
    );
  });

  it('fails naming a listed slug without content', () => {
    expect(() => inReadingOrder(['a'], ['a', 'gone'])).toThrow('lists "gone", which has no content/articles/ folder');
  });
});

describe('neighbours', () => {
  const list = ['a', 'b', 'c'].map((slug) => ({ slug }));
  it.each([
    ['a', null, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', null],
  ])('%s: previous %s, next %s', (slug, prev, next) => {
    const n = neighbours(list, slug);
    expect(n.prev?.slug ?? null).toBe(prev);
    expect(n.next?.slug ?? null).toBe(next);
  });

  it('refuses an unknown slug', () => {
    expect(() => neighbours(list, 'x')).toThrow('"x"');
  });
});
