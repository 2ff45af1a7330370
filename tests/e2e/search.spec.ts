import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Collects Content-Security-Policy violations the page reports. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const cases = [
  // A Korean stem finds its inflected form (결제 → 결제를).
  { lang: 'ko', article: 'metro-gates', query: '결제', finds: 'face-payment', label: '사이트 검색' },
  // Chinese words inside sentences, with no spaces around them.
  { lang: 'zh', article: 'sim-card', query: '人像比对', finds: 'sim-card', label: '搜索本站' },
  { lang: 'zh', article: 'face-payment', query: '门禁', finds: 'residential-gates', label: '搜索本站' },
  { lang: 'en', article: 'sim-card', query: 'vending', finds: 'face-payment', label: 'Search this site' },
  { lang: 'de', article: 'sim-card', query: 'Bahnhof', finds: 'checkpoints', label: 'Website durchsuchen' },
];

for (const { lang, article, query, finds, label } of cases) {
  test(`${lang}: “${query}” typed in the header finds ${finds}, with no CSP violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`/${lang}/articles/${article}/`);
    await page.getByRole('searchbox', { name: label }).fill(query);
    await page.getByRole('searchbox', { name: label }).press('Enter');
    await expect(page).toHaveURL(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`/${lang}/articles/${finds}/`);
    expect(hrefs.every((h) => h?.startsWith(`/${lang}/`)), 'results stay in the page language').toBe(true);
    expect(await violations()).toEqual([]);
  });
}

test('an article page loads no search code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/ko/articles/face-payment/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('the search page with results has no axe violations', async ({ page }) => {
  await page.goto('/de/search/?q=Gesicht');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box hides and the search page says why', async ({ page }) => {
    await page.goto('/en/articles/sim-card/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page.goto('/en/search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  });
});
