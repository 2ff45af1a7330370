// Under both CSPs a page gets from a static host (Astro's <meta> and public/_headers), no
// violation is reported, every island hydrates and search finds results; only embeds can
// be framed by another site.
import { expect, test, type Page } from '@playwright/test';
import { pageType, type PageType } from '../checks/page-types';
import { serveWithHostHeaders } from './host-headers';
import { builtPages } from './site-pages';

const byType = new Map<PageType, string[]>();
for (const path of builtPages()) byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);

/** A word each language's search index holds. */
const searchWords: Record<string, string> = { ko: '결제', zh: '门禁', en: 'face', de: 'Gesicht' };

/** Records CSP violations (from the page's own events and Chromium's console) and page errors. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/securitypolicyviolation|Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

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

test.beforeEach(async ({ context, baseURL }) => {
  await serveWithHostHeaders(context, new URL(baseURL!).origin);
});

for (const [type, paths] of byType) {
  test(`${type} pages: no CSP violation, islands hydrate (${paths.length} pages)`, async ({ page }) => {
    test.setTimeout(15_000 + paths.length * 3_000);
    const problems = await watch(page);
    let islands = 0;
    for (const path of paths) {
      const target = type === 'search' ? `${path}?q=${encodeURIComponent(searchWords[path.split('/')[1]!] ?? '')}` : path;
      await page.goto(target);
      islands += await hydrateIslands(page);
      if (type === 'search') await expect(page.locator('[data-search] a[href]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
    }
    console.log(`CSP (meta + header): ${paths.length} ${type} pages, ${islands} islands hydrated, 0 violations`);
  });
}

test('only embeds can be framed by another site, even inside a sandboxed frame', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const other = origin.replace('localhost', '127.0.0.1');
  const embed = (byType.get('embed') ?? [])[0];
  const plain = byType.get('about')?.[0] ?? '/en/';
  const frames = [
    ...(embed ? [`<iframe name="embed" title="embed" src="${origin}${embed}"></iframe>`] : []),
    ...(embed ? [`<iframe name="sandboxed" title="sandboxed" sandbox="allow-scripts" srcdoc="<iframe name='inner' src='${origin}${embed}'></iframe>"></iframe>`] : []),
    `<iframe name="page" title="page" src="${origin}${plain}"></iframe>`,
  ];
  await context.route(`${other}/host`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A host</title>${frames.join('')}` }),
  );
  await page.goto(`${other}/host`);
  await page.waitForLoadState('networkidle');
  const url = (name: string) => page.frame({ name })?.url() ?? '(no frame)';
  await expect.poll(() => url('page')).toMatch(/^chrome-error:/);
  if (!embed) {
    console.log('No embed page built yet: only the refusal of other pages was checked.');
    return;
  }
  await expect.poll(() => url('embed')).toBe(`${origin}${embed}`);
  await expect.poll(() => url('inner')).toBe(`${origin}${embed}`);
  await expect(page.frame({ name: 'embed' })!.locator('h1, astro-island').first()).toBeAttached();
});
