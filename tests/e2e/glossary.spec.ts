import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { getLocale, localeCodes, locales } from '../../src/i18n/locales';

const ids = Object.keys(parse(readFileSync('content/glossary/en.yaml', 'utf8')) as object);

for (const lang of localeCodes) {
  test(`/${lang}/glossary/ has every term, sorted, each in all four languages`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    const terms = page.locator('dt.glossary__term');
    await expect(terms).toHaveCount(ids.length);
    expect((await terms.evaluateAll((dts) => dts.map((d) => d.id))).sort()).toEqual([...ids].sort());
    const texts = await terms.allTextContents();
    const collator = new Intl.Collator(getLocale(lang).lang);
    expect(texts).toEqual([...texts].sort(collator.compare));
    const first = page.locator('.glossary__definition').first();
    for (const locale of locales) await expect(first.locator(`.term-langs [lang="${locale.lang}"]`)).toHaveCount(1);
  });
}

test('the header links to the glossary, and an anchor opens its term', async ({ page }) => {
  await page.goto('/zh/articles/sim-card/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '术语表' }).click();
  await expect(page).toHaveURL('/zh/glossary/');
  await page.goto('/zh/glossary/#portrait-matching');
  await expect(page.locator('#portrait-matching')).toHaveText('人像比对');
  await expect(page.locator('#portrait-matching')).toBeInViewport();
});

test('an article has its contents, reading time, citation and neighbours', async ({ page }) => {
  await page.goto('/de/articles/sim-card/');
  const toc = page.getByRole('navigation', { name: 'Inhalt' });
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href')) ?? '';
  await expect(page.locator(`h2${decodeURIComponent(target).replace(/([^\w#-])/g, '\\$1')}`)).toHaveCount(1);
  await expect(page.getByText(/^Lesezeit: \d+ Minuten?$/)).toBeVisible();
  await expect(page.locator('.cite-page__text')).toContainText('/de/articles/sim-card/');
  await expect(page.locator('.cite-page__bibtex')).toContainText('@online{face-flows-sim-card-de,');
  const pager = page.getByRole('navigation', { name: 'Weitere Artikel' });
  await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', '/de/articles/metro-gates/');
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', '/de/articles/residential-gates/');
});
