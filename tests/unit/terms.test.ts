import { describe, expect, it } from 'vitest';
import { checkTerms, termIds } from '../../src/lib/terms';

const known = new Set(['face-payment', 'watchlist']);

describe('glossary terms in an article', () => {
  it('lists ids in order of first use', () => {
    const body = 'A <Term id="watchlist">list</Term>, <Term id=\'face-payment\'>pay</Term>, <Term id="watchlist">again</Term>.';
    expect(termIds(body)).toEqual(['watchlist', 'face-payment']);
    expect(() => checkTerms(body, known, 'x.mdx')).not.toThrow();
  });

  it('fails naming the file and every unknown id', () => {
    const body = '<Term id="face-payment">a</Term> <Term id="nope">b</Term> <Term id="gone">c</Term>';
    expect(() => checkTerms(body, known, 'content/articles/s/ko.mdx')).toThrow(
      'content/articles/s/ko.mdx: unknown glossary id "nope", "gone"',
    );
  });

  it('fails on a Term without an id', () => {
    expect(() => checkTerms('<Term>x</Term>', known, 'f.mdx')).toThrow('f.mdx: <Term> has no id');
  });

  it('accepts a body without terms', () => {
    expect(termIds('Plain text with <Cite id="a" />.')).toEqual([]);
  });
});
