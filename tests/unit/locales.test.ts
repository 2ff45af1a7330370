import { describe, expect, it } from 'vitest';
import { bestLocale, getLocale, isLocaleCode, localeCodes, locales, referenceLocale } from '../../src/i18n/locales';

describe('the locale list', () => {
  it('has the four languages with their html lang', () => {
    expect(locales.map((l) => [l.code, l.lang])).toEqual([
      ['ko', 'ko'],
      ['zh', 'zh-Hans'],
      ['en', 'en'],
      ['de', 'de'],
    ]);
  });

  it('has unique codes, a name in each language and a direction', () => {
    expect(new Set(localeCodes).size).toBe(locales.length);
    for (const l of locales) {
      expect(l.name.trim()).not.toBe('');
      expect(['ltr', 'rtl']).toContain(l.dir);
      expect(l.ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
  });

  it('has the reference language in it', () => {
    expect(localeCodes).toContain(referenceLocale);
  });

  it.each([
    ['ko', true],
    ['zh', true],
    ['zh-Hans', false],
    ['fr', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isLocaleCode(%j) is %s', (value, expected) => {
    expect(isLocaleCode(value)).toBe(expected);
  });

  it('getLocale names the bad code', () => {
    expect(() => getLocale('fr' as never)).toThrow(/"fr"/);
  });
});

describe('bestLocale (browser languages to a site language)', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en-US'], 'zh'],
    [['ko-KR', 'ko'], 'ko'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr-FR', 'es'], null],
    [['EN'], 'en'],
    [[], null],
  ])('%j → %s', (preferred, expected) => {
    expect(bestLocale(preferred)).toBe(expected);
  });
});
