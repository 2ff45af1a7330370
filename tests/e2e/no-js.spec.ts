// With JavaScript off, every article shows its whole text and every widget its
// server-rendered picture and text alternative.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { referenceLocale } from '../../src/i18n/locales';
import { contentDir } from '../../src/lib/content-dir';
import { mdxOutline } from '../checks/mdx-text';
import { pageType } from '../checks/page-types';
import { builtPages } from './site-pages';

test.use({ javaScriptEnabled: false });

const pages = builtPages();
const articles = pages.filter((p) => pageType(p) === 'article');
const dist = process.env.FACE_FLOWS_OUT ?? 'dist';
/** Pages with an island in their built HTML: the ones whose widgets must read without JavaScript. */
const widgetPages = pages.filter((p) =>
  readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8').includes('<astro-island'),
);
/** Where a page keeps its widgets: Astro islands and placed widgets. */
const widgetRoots = 'astro-island, [data-widget]';

/** The MDX a page shows: its own translation, or the English original standing in. */
function mdxFor(path: string): string {
  const [, lang = '', , slug = ''] = path.split('/');
  const own = join(contentDir, 'articles', slug, `${lang}.mdx`);
  return readFileSync(existsSync(own) ? own : join(contentDir, 'articles', slug, `${referenceLocale}.mdx`), 'utf8');
}

/** Visible text of the article body, widgets left out, and its visible headings and paragraphs. */
function readArticle(page: Page) {
  return page.locator('article .prose').first().evaluate((prose, roots) => {
    const widgets = [...prose.querySelectorAll<HTMLElement>(roots)];
    const outside = (el: Element) => !widgets.some((w) => w.contains(el));
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
    const widgetText = widgets.map((w) => w.innerText).join('');
    const text = (prose as HTMLElement).innerText;
    return {
      chars: text.replace(/\s+/g, '').length - widgetText.replace(/\s+/g, '').length,
      headings: [...prose.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => outside(h) && visible(h)).map((h) => (h as HTMLElement).innerText.trim()),
      paragraphs: [...prose.querySelectorAll('p')].filter((p) => outside(p) && visible(p)).length,
    };
  }, widgetRoots);
}

test(`every article (${articles.length}) shows its full text without JavaScript`, async ({ page }) => {
  test.setTimeout(20_000 + articles.length * 2_000);
  const rows: string[] = [];
  for (const path of articles) {
    const expected = mdxOutline(mdxFor(path));
    await page.goto(path);
    const shown = await readArticle(page);
    rows.push(`${path} ${shown.chars}/${expected.chars} chars, ${shown.paragraphs}/${expected.paragraphs} paragraphs, ${shown.headings.length} headings`);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const heading of expected.headings) expect(shown.headings.map(norm), `${path}: heading "${heading}"`).toContain(norm(heading));
    expect(shown.paragraphs, `${path}: visible paragraphs`).toBeGreaterThanOrEqual(expected.paragraphs);
    // The page adds citation marks and box titles, so it may show more, never less.
    expect(shown.chars, `${path}: visible characters of the body`).toBeGreaterThanOrEqual(Math.floor(expected.chars * 0.98));
  }
  console.log(`No-JS text:\n  ${rows.join('\n  ')}`);
});

test('widget pages are found in the build', () => expect(widgetPages.length).toBeGreaterThan(24));

for (const path of widgetPages) {
  test(`${path}: every widget shows its picture and text alternative without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const widgets = page.locator(widgetRoots);
    const count = await widgets.count();
    expect(count, `${path}: its island renders a widget root`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const widget = widgets.nth(i);
      const svg = widget.locator('svg[role="img"]').first();
      await expect(svg, `${path}: widget ${i + 1} draws its picture on the server`).toBeVisible();
      await expect(svg.locator('title').first()).not.toBeEmpty();
      const steps = widget.locator('ol > li');
      const rows = widget.locator('table tr');
      expect((await steps.count()) + (await rows.count()), `${path}: widget ${i + 1} has a list or table as its text alternative`).toBeGreaterThan(0);
      if (await steps.count()) await expect(steps.first()).toBeVisible();
      if (await rows.count()) await expect(widget.locator('table').first()).toBeVisible();
    }
  });
}
