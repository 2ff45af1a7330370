// Under prefers-reduced-motion: reduce, nothing moves: no CSS or Web Animation runs and
// no SVG (SMIL) animation plays, before or after the reader interacts.
import { expect, test, type Page } from '@playwright/test';
import { pageType } from '../checks/page-types';
import { builtPages } from './site-pages';

test.use({ reducedMotion: 'reduce', locale: 'fr-FR' });

/** One page of each type in each language (articles share their widget with home and embed). */
const pages = (() => {
  const seen = new Set<string>();
  return builtPages().filter((path) => {
    const key = `${pageType(path)} ${path.split('/')[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
})();

/** Animations running now: Web Animations (CSS animations and transitions too) and SMIL. */
function running(page: Page) {
  return page.evaluate(() => {
    const web = document.getAnimations().map((a) => `${a.constructor.name} ${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? ''}`);
    const smil = [...document.querySelectorAll<SVGAnimationElement>('animate, animateMotion, animateTransform, set')].filter((el) => {
      if (el.ownerSVGElement?.animationsPaused()) return false;
      try {
        el.getStartTime();
        return true;
      } catch {
        return false; // no current interval: not running
      }
    });
    return [...web, ...smil.map((el) => `SMIL <${el.localName}>`)];
  });
}

test('the check sees a running CSS animation and SMIL animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.setContent(`<style>@keyframes spin { to { rotate: 1turn } } p { animation: spin 10s infinite }</style>
    <p>moving</p><svg><circle r="5"><animate attributeName="r" from="5" to="9" dur="10s" repeatCount="indefinite" /></circle></svg>`);
  await expect.poll(() => running(page)).toEqual(['CSSAnimation spin', 'SMIL <animate>']);
});

for (const path of pages) {
  test(`${path}: nothing animates under reduced motion`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => {
      for (const island of document.querySelectorAll('astro-island')) island.firstElementChild?.scrollIntoView();
    });
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    expect(await running(page), 'after load').toEqual([]);
    // Hover a few links, then press every button of every widget, checking right after each.
    for (const link of (await page.locator('main a[href]:visible').all()).slice(0, 5)) {
      await link.hover();
      expect(await running(page), `hovering ${await link.textContent()}`).toEqual([]);
    }
    const buttons = page.locator('astro-island button:visible, [data-widget] button:visible');
    const count = await buttons.count();
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      if (!(await button.isVisible()) || (await button.getAttribute('aria-disabled')) === 'true' || (await button.isDisabled())) continue;
      const label = (await button.textContent())?.trim();
      await button.click();
      expect(await running(page), `after pressing "${label}"`).toEqual([]);
    }
    await page.waitForTimeout(300);
    expect(await running(page), `300 ms after pressing ${count} buttons`).toEqual([]);
  });
}
