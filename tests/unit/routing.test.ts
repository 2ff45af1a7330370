import { describe, expect, it } from 'vitest';
import { everyLocale, href, localeOfPath, switchLocale, type Route } from '../../src/i18n/routing';

describe('href', () => {
  it.each<[Route, string]>([
    [{ page: 'home' }, '/ko/'],
    [{ page: 'article', slug: 'sim-card' }, '/ko/articles/sim-card/'],
    [{ page: 'sources' }, '/ko/sources/'],
    [{ page: 'about' }, '/ko/about/'],
    [{ page: 'embed', widget: 'flow' }, '/ko/embed/flow/'],
    [{ page: 'glossary' }, '/ko/glossary/'],
    [{ page: 'glossary', term: 'face-payment' }, '/ko/glossary/#face-payment'],
    [{ page: 'search' }, '/ko/search/'],
  ])('%j in Korean is %s', (route, expected) => {
    expect(href('ko', route)).toBe(expected);
  });

  it.each(['Sim Card', '../x', 'a/b', '', 'x-'])('refuses the slug %j', (slug) => {
    expect(() => href('en', { page: 'article', slug })).toThrow(/slug/);
  });

  it.each(['Face Payment', '#x', 'a"b', ''])('refuses the glossary id %j', (term) => {
    expect(() => href('de', { page: 'glossary', term })).toThrow(`Bad glossary id "${term}"`);
  });
});

describe('switchLocale keeps the reader on the same page', () => {
  it.each([
    ['/en/articles/sim-card/', 'de', '/de/articles/sim-card/'],
    ['/zh/', 'ko', '/ko/'],
    ['/de/sources/', 'de', '/de/sources/'],
    ['/ko/glossary/', 'zh', '/zh/glossary/'],
    ['/zh/search/', 'en', '/en/search/'],
    ['/', 'zh', '/zh/'],
    ['/404/', 'en', '/en/'],
  ] as const)('%s → %s: %s', (path, to, expected) => {
    expect(switchLocale(path, to)).toBe(expected);
  });
});

describe('localeOfPath', () => {
  it.each([
    ['/ko/articles/x/', 'ko'],
    ['/zh/', 'zh'],
    ['/', null],
    ['/fr/', null],
    ['/english/', null],
  ])('%s → %s', (path, expected) => {
    expect(localeOfPath(path)).toBe(expected);
  });
});

it('everyLocale gives one static path per language', () => {
  expect(everyLocale().map((p) => p.params.lang)).toEqual(['ko', 'zh', 'en', 'de']);
});
