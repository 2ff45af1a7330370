import { expect, test } from '@playwright/test';

test.describe('the language picker', () => {
  test('keeps the reader on the same page', async ({ page }) => {
    await page.goto('/en/articles/sim-card/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL('/de/articles/sim-card/');
    await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL('/zh/articles/sim-card/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });

  test('marks the current language', async ({ page }) => {
    await page.goto('/ko/sources/');
    await expect(page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: '한국어' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

test.describe('the root chooser without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'de-DE' });

  test('lists every language and its links work', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(4);
    await links.filter({ hasText: '한국어' }).click();
    await expect(page).toHaveURL('/ko/');
  });
});

test.describe('the root chooser with JavaScript', () => {
  test.describe('a German browser', () => {
    test.use({ locale: 'de-DE' });
    test('goes to German', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/de/');
    });
  });

  test.describe('a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('goes to Chinese', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/zh/');
    });
  });

  test.describe('a French browser', () => {
    test.use({ locale: 'fr-FR' });
    test('stays on the chooser', async ({ page }) => {
      await page.goto('/');
      await page.waitForLoadState('load');
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });

  test.describe('a returning reader', () => {
    test.use({ locale: 'de-DE' });
    test('goes to the language picked before, not the browser one', async ({ page }) => {
      await page.goto('/en/');
      await page.evaluate(() => localStorage.removeItem('face-flows.lang'));
      // First visit from a French browser would stay; pick Korean on the chooser.
      await page.goto('/');
      await expect(page).toHaveURL('/de/');
      await page.evaluate(() => localStorage.setItem('face-flows.lang', 'ko'));
      await page.goto('/');
      await expect(page).toHaveURL('/ko/');
    });
  });
});
