import { describe, expect, it } from 'vitest';
import { citedIds, numberCitations } from '../../src/lib/citations';

const known = new Set(['a', 'b', 'c']);

describe('citations', () => {
  it('numbers ids by first citation, once each', () => {
    const body = 'One.<Cite id="b" /> Two.<Cite id="a" /> Again.<Cite id="b" /><Cite id=\'c\'/>';
    expect(citedIds(body)).toEqual(['b', 'a', 'c']);
    expect([...numberCitations(body, known, 'x.mdx')]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('fails naming the file and every unknown id', () => {
    const body = 'x<Cite id="a" /> y<Cite id="nope" /> z<Cite id="gone" />';
    expect(() => numberCitations(body, known, 'content/articles/s/en.mdx')).toThrow(
      'content/articles/s/en.mdx: unknown citation id "nope", "gone"',
    );
  });

  it('fails on a Cite without an id', () => {
    expect(() => numberCitations('x<Cite />', known, 'f.mdx')).toThrow(/f\.mdx: <Cite \/> has no id/);
  });

  it('gives an empty list for a body without citations', () => {
    expect(citedIds('Plain text.')).toEqual([]);
  });
});
