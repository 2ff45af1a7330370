import { describe, expect, it } from 'vitest';
import { countText, formatMinutes, mdxText, readingMinutes } from '../../src/lib/reading-time';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('countText', () => {
  it.each([
    ['Face payment, at 7-Eleven.', { han: 0, kana: 0, hangul: 0, words: 4 }],
    ['人脸识别门禁', { han: 6, kana: 0, hangul: 0, words: 0 }],
    ['얼굴 결제를 썼다', { han: 0, kana: 0, hangul: 7, words: 0 }],
    ['蜻蜓(Dragonfly) 단말기', { han: 2, kana: 0, hangul: 3, words: 1 }],
    ['カメラで顔を', { han: 1, kana: 5, hangul: 0, words: 0 }],
    ['Gesichtserkennung an der U-Bahn-Sperre', { han: 0, kana: 0, hangul: 0, words: 4 }],
  ])('%j', (text, expected) => {
    expect(countText(text)).toEqual(expected);
  });
});

describe('readingMinutes', () => {
  it.each([
    ['nothing', 'en', '', 1],
    ['240 words', 'en', words(240), 1],
    ['1,200 words', 'en', words(1200), 5],
    ['1,200 words', 'de', words(1200), 6],
    ['1,320 words', 'fr', words(1320), 6],
    ['4,000 Han characters', 'zh-Hans', '字'.repeat(4000), 10],
    ['2,500 Hangul syllables', 'ko', '글'.repeat(2500), 5],
    ['1,000 kana', 'ja', 'か'.repeat(1000), 2],
    ['400 Han characters and 220 words', 'zh-Hans', `${'字'.repeat(400)} ${words(220)}`, 2],
    ['a minute and a quarter rounds down', 'en', words(300), 1],
  ])('%s in %s', (_, lang, text, expected) => {
    expect(readingMinutes(text, lang)).toBe(expected);
  });
});

describe('mdxText', () => {
  it('keeps the prose and drops markup', () => {
    const body = [
      "import X from './x';",
      '## A heading',
      'Some **bold** text.<Cite id="a" /> A [link](https://example.org).',
      '<KeyFacts>',
      '- 刷脸 <span lang="zh-Hans">门禁</span>',
      '</KeyFacts>',
    ].join('\n');
    expect(mdxText(body).split(/\s+/).filter(Boolean)).toEqual(['A', 'heading', 'Some', 'bold', 'text.', 'A', 'link.', '-', '刷脸', '门禁']);
  });
});

describe('formatMinutes', () => {
  it.each([
    [7, 'en', '7 minutes'],
    [1, 'en', '1 minute'],
    [7, 'de', '7 Minuten'],
    [7, 'ko', '7분'],
    [7, 'zh-Hans', '7分钟'],
  ])('%i in %s is %s', (n, lang, expected) => {
    expect(formatMinutes(n, lang)).toBe(expected);
  });
});
