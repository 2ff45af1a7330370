import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/dates';

describe('formatPartialDate', () => {
  it.each([
    ['2019-12-01', 'en', 'December 1, 2019'],
    ['2019-12', 'en', 'December 2019'],
    ['2019', 'en', '2019'],
    ['2019-12-01', 'de', '1. Dezember 2019'],
    ['2019-12-01', 'ko', '2019년 12월 1일'],
    ['2019-12', 'zh-Hans', '2019年12月'],
  ])('%s in %s is %s', (value, lang, expected) => {
    expect(formatPartialDate(value, lang)).toBe(expected);
  });

  it('refuses a date it cannot read', () => {
    expect(() => formatPartialDate('Dec 2019', 'en')).toThrow(/"Dec 2019"/);
  });
});
