import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getLocale, localeCodes } from '../../src/i18n/locales';
import { localeOfPath } from '../../src/i18n/routing';
import { builtPages } from './site-pages';

const pages = builtPages();

test('the build has every page in every language', () => {
  for (const lang of localeCodes) {
    for (const path of ['', 'sources/', 'about/', 'glossary/', 'search/', 'articles/sim-card/']) {
      expect(pages).toContain(`/${lang}/${path}`);
    }
  }
});

for (const path of pages) {
  test(`${path} answers with its language, one h1 and its alternates`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
    const lang = localeOfPath(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang ? getLocale(lang).lang : 'en');
    await expect(page.locator('h1')).toHaveCount(1);
    if (lang) {
      const alternates = page.locator('link[rel="alternate"][hreflang]');
      expect(await alternates.count()).toBeGreaterThanOrEqual(2);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
