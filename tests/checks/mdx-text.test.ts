import { describe, expect, it } from 'vitest';
import { inlineText, mdxOutline } from './mdx-text.ts';

describe('inlineText', () => {
  it.each([
    ['A claim.<Cite id="bbc-2019" /> Next.', 'A claim. Next.'],
    ['See [the article](../x/) and *this* and **that**.', 'See the article and this and that.'],
    ['<span lang="zh-Hans">《通知》</span> text', '《通知》 text'],
    ['<Term id="face-payment">刷脸支付</Term>', '刷脸支付'],
    ['`code` and \\*stars\\*', 'code and *stars*'],
  ])('%j → %j', (input, expected) => {
    expect(inlineText(input)).toBe(expected);
  });
});

describe('mdxOutline', () => {
  const source = [
    '---',
    'title: "T"',
    '---',
    '',
    "import X from '../x';",
    '',
    'First paragraph,<Cite id="a" />',
    'still the first.',
    '',
    '<KeyFacts>',
    '',
    '- one<Cite id="a" />',
    '- two',
    '',
    '</KeyFacts>',
    '',
    '## A heading',
    '',
    '<FlowWidget scenario="sim" />',
    '',
    '> A quote.',
    '',
    '지난 2019년 얼굴 스캔.',
    '',
    '| a | b |',
    '| --- | :-: |',
    '| c | d |',
  ].join('\n');

  it('counts headings, paragraphs and the characters a reader sees', () => {
    const outline = mdxOutline(source);
    expect(outline.headings).toEqual(['A heading']);
    expect(outline.paragraphs).toBe(3);
    const visible = 'First paragraph, still the first. one two A heading A quote. 지난 2019년 얼굴 스캔. a b c d';
    expect(outline.chars).toBe(visible.replace(/\s+/g, '').length);
  });
});
