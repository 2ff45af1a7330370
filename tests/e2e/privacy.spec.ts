// A crawl of every built page in every language records every request and cookie:
// nothing may go to another origin and nothing may set a cookie.
import { expect, test } from '@playwright/test';
import { pageType } from '../checks/page-types';
import { builtPages } from './site-pages';

const pages = builtPages();

test(`every page (${pages.length}) talks only to its own origin and sets no cookie`, async ({ page, context, baseURL }) => {
  test.setTimeout(30_000 + pages.length * 3_000);
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; from: string }[] = [];
  const setCookies: string[] = [];
  let current = '';
  context.on('request', (request) => requests.push({ url: request.url(), from: current }));
  context.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  const documentCookies: string[] = [];
  for (const path of pages) {
    current = path;
    const query = pageType(path) === 'search' ? '?q=face' : '';
    await page.goto(`${path}${query}`);
    // Bring every lazy part (islands hydrating on view) into play before counting.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    const cookie = await page.evaluate(() => document.cookie);
    if (cookie) documentCookies.push(`${path}: ${cookie}`);
  }
  const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
  const cookies = await context.cookies();
  console.log(
    `Privacy crawl: ${pages.length} pages, ${requests.length} requests, ${requests.length - foreign.length} to ${origin}, ` +
      `${foreign.length} to other origins; ${cookies.length} cookies in the browser, ${setCookies.length} Set-Cookie headers, ` +
      `${documentCookies.length} pages with document.cookie`,
  );
  expect(foreign.map((r) => `${r.from} → ${r.url}`)).toEqual([]);
  expect(cookies).toEqual([]);
  expect(setCookies).toEqual([]);
  expect(documentCookies).toEqual([]);
});
