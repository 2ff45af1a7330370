import { describe, expect, it } from 'vitest';
import { citeBibtex, citeText, escapeBibtex, type PageCitation } from '../../src/lib/cite-page';

const base: PageCitation = {
  site: 'After the Scan',
  title: 'Paying with your face',
  url: 'https://face-flows.example/en/articles/face-payment/',
  date: new Date('2026-11-21T00:00:00Z'),
  lang: 'en',
  key: 'face-flows-face-payment-en',
  template: '{site}. “{title}”. {date}. {url}',
};

describe('citeText', () => {
  it.each<[Partial<PageCitation>, string]>([
    [{}, 'After the Scan. “Paying with your face”. November 21, 2026. https://face-flows.example/en/articles/face-payment/'],
    [
      { lang: 'de', site: 'Nach dem Scan', title: 'Bezahlen', template: '{site}: „{title}“. {date}. {url}' },
      'Nach dem Scan: „Bezahlen“. 21. November 2026. https://face-flows.example/en/articles/face-payment/',
    ],
    [
      { lang: 'zh-Hans', site: '刷脸之后', title: '刷脸支付', url: 'https://x.example/zh/', template: '{site}：《{title}》，{date}，{url}' },
      '刷脸之后：《刷脸支付》，2026年11月21日，https://x.example/zh/',
    ],
    [
      { lang: 'ko', site: '얼굴 스캔, 그 후', title: '얼굴 결제', url: 'https://x.example/ko/', template: '{site}, 「{title}」, {date}, {url}' },
      '얼굴 스캔, 그 후, 「얼굴 결제」, 2026년 11월 21일, https://x.example/ko/',
    ],
  ])('%j', (change, expected) => {
    expect(citeText({ ...base, ...change })).toBe(expected);
  });

  it('refuses a pattern without the title', () => {
    expect(() => citeText({ ...base, template: '{site}' })).toThrow('has no {title}');
  });
});

describe('citeBibtex', () => {
  it('writes a biblatex @online entry with the canonical URL and the date', () => {
    expect(citeBibtex(base)).toBe(
      [
        '@online{face-flows-face-payment-en,',
        '  author = {{After the Scan}},',
        '  title = {Paying with your face},',
        '  date = {2026-11-21},',
        '  year = {2026},',
        '  url = {https://face-flows.example/en/articles/face-payment/},',
        '  langid = {english},',
        '}',
      ].join('\n'),
    );
  });

  it.each([
    ['zh-Hans', 'chinese'],
    ['ko', 'korean'],
    ['de', 'german'],
  ])('names %s as %s', (lang, langid) => {
    expect(citeBibtex({ ...base, lang })).toContain(`langid = {${langid}},`);
  });

  it('escapes TeX specials in the title', () => {
    expect(citeBibtex({ ...base, title: '50% & {more} #1_a' })).toContain('title = {50\\% \\& \\{more\\} \\#1\\_a},');
  });
});

describe('escapeBibtex', () => {
  it.each([
    ['a\\b', 'a\\textbackslash{}b'],
    ['$5 ^ ~', '\\$5 \\^{} \\~{}'],
    ['刷脸支付', '刷脸支付'],
  ])('%s → %s', (input, expected) => {
    expect(escapeBibtex(input)).toBe(expected);
  });
});
