import { describe, expect, it } from 'vitest';
import { everyLocale, href, localeOfPath, switchLocale, type Route } from '../../src/i18n/routing';

describe('href', () => {
  it.each<[Route, string]>([
    [{ page: 'home' }, '/ko/'],
    [{ page: 'article', slug: 'sim-card' }, '/ko/articles/sim-card/'],
    [{ page: 'sources' }, '/ko/sources/'],
    [{ page: 'about' }, '/ko/about/'],
    [{ page: 'embed', widget: 'flow' }, '/ko/embed/flow/'],
  ])('%j in Korean is %s', (route, expected) => {
    expect(href('ko', route)).toBe(expected);
  });

  it.each(['Sim Card', '../x', 'a/b', '', 'x-'])('refuses the slug %j', (slug) => {
    expect(() => href('en', { page: 'article', slug })).toThrow(/slug/);
  });
});

describe('switchLocale keeps the reader on the same page', () => {
  it.each([
    ['/en/articles/sim-card/', 'de', '/de/articles/sim-card/'],
    ['/zh/', 'ko', '/ko/'],
    ['/de/sources/', 'de', '/de/sources/'],
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
