// Screenshots of pages in every language at phone and desktop width, light and dark,
// for looking at: `npm run screenshots -- /articles/sim-card/ /` (paths without the language).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './support/chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const langs = (process.env.LANGS ?? 'ko,zh,en,de').split(',');
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const full = process.env.FULL !== '0';
// Long pages are cut into slices of this many pixels, small enough to look at.
const slice = Number(process.env.SLICE ?? 2400);
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const lang of langs) {
      for (const path of paths) {
        await page.goto(`${base}/${lang}${path}`, { waitUntil: 'networkidle' });
        // Islands hydrate when visible; wait until every one has, then for its data.
        await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 5000 }).catch(() => {});
        await page.waitForLoadState('networkidle');
        const name = `${lang}${path.replace(/[^a-z0-9-]+/gi, '_')}${width}-${scheme}`;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const parts = full ? Math.ceil(height / slice) : 1;
        for (let i = 0; i < parts; i++) {
          const clip = { x: 0, y: i * slice, width, height: Math.min(slice, height - i * slice) };
          await page.screenshot({ path: `screenshots/${name}-${i + 1}.png`, fullPage: full, clip: full ? clip : undefined });
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        console.log(`${name} (${height}px)${overflow > 0 ? `  OVERFLOWS by ${overflow}px` : ''}`);
      }
    }
    await page.close();
  }
}
await browser.close();
