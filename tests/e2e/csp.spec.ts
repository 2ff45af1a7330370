// Under both CSPs a page gets from a static host (Astro's <meta> and public/_headers), no
// violation is reported, every island hydrates and search finds results.
import { expect, test, type Page } from '@playwright/test';
import { pageType, type PageType } from '../checks/page-types';
import { useStaticHost, watch } from './host';
import { builtPages } from './site-pages';

const byType = new Map<PageType, string[]>();
for (const path of builtPages()) byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);

/** A word each language's search index holds. */
const searchWords: Record<string, string> = { ko: '결제', zh: '门禁', en: 'face', de: 'Gesicht' };

/** Scrolls every island into view and waits until Astro has hydrated them all. */
async function hydrateIslands(page: Page): Promise<number> {
  // Islands are display: contents (no box of their own): scroll to what they hold.
  const count = await page.locator('astro-island').evaluateAll((islands) => {
    for (const island of islands) island.firstElementChild?.scrollIntoView();
    return islands.length;
  });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
  return count;
}

// A browser language the site does not have, so that the chooser at / stays put.
test.use({ locale: 'fr-FR' });

const host = useStaticHost();

for (const [type, paths] of byType) {
  test(`${type} pages: no CSP violation, islands hydrate (${paths.length} pages)`, async ({ page }) => {
    test.setTimeout(15_000 + paths.length * 3_000);
    const problems = await watch(page);
    let islands = 0;
    for (const path of paths) {
      const target = type === 'search' ? `${path}?q=${encodeURIComponent(searchWords[path.split('/')[1]!] ?? '')}` : path;
      await page.goto(`${host.origin}${target}`);
      islands += await hydrateIslands(page);
      if (type === 'search') await expect(page.locator('[data-search] a[href]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
    }
    console.log(`CSP (meta + header): ${paths.length} ${type} pages, ${islands} islands hydrated, 0 violations`);
  });
}
