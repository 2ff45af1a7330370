import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales';
import { scenarioIds, scenarios } from '../../src/widgets/flow/model';

const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])');
const widget = (page: Page) => page.locator('.flow');
const currentStep = (page: Page) => page.locator('.step-list button[aria-current="step"]');

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of localeCodes) {
  test(`every scenario loads in ${lang}, from the URL and from the picker`, async ({ page }) => {
    await page.goto(`/${lang}/embed/flow/`);
    await hydrated(page);
    for (const id of scenarioIds) {
      const buttons = page.locator('.scenarios button');
      await buttons.nth(scenarioIds.indexOf(id)).click();
      await expect(widget(page)).toHaveAttribute('data-scenario', id);
      await expect(page.locator('.step-list > li')).toHaveCount(scenarios[id].steps.length);
      await expect(page).toHaveURL(new RegExp(`\\?scenario=${id}$`));
    }
    for (const id of scenarioIds) {
      await page.goto(`/${lang}/embed/flow/?scenario=${id}&step=2`);
      await hydrated(page);
      await expect(widget(page)).toHaveAttribute('data-scenario', id);
      await expect(currentStep(page)).toContainText('2');
      await expect(page.locator('.problem')).toHaveCount(0);
    }
  });
}

test('stepping with the mouse moves the edge, the detail and the table, and the URL keeps it', async ({ page }) => {
  await page.goto('/en/embed/flow/?scenario=sim');
  await hydrated(page);
  await expect(widget(page)).toHaveAttribute('data-scenario', 'sim');
  await expect(page.locator('path.edge.current')).toHaveCount(0);
  await expect(page.locator('.status')).toHaveText(/Overview/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\?scenario=sim&step=1$/);
  await expect(page.locator('path.edge.current')).toHaveCount(1);
  const firstEdge = await page.locator('path.edge.current').getAttribute('d');
  await expect(page.locator('.status')).toHaveText('Step 1 of 6');
  await expect(page.locator('.step-list .more')).toHaveCount(1);
  const heldAfterOne = await page.locator('td.yes').count();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.status')).toHaveText('Step 3 of 6');
  expect(await page.locator('path.edge.current').getAttribute('d')).not.toBe(firstEdge);
  expect(await page.locator('td.yes').count()).toBeGreaterThan(heldAfterOne);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Step 3 of 6: /);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.status')).toHaveText('Step 3 of 6');
  await expect(currentStep(page)).toContainText('3');
});

test('the data dot travels along the current edge', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/en/embed/flow/?scenario=payment');
  await hydrated(page);
  await page.getByRole('button', { name: 'Next' }).click();
  const started = await page
    .locator('.packet animateMotion')
    .evaluate((el) => (el as SVGAnimationElement).getStartTime());
  expect(started).toBeGreaterThanOrEqual(0);
});

test('stepping by keyboard works and the ends hold', async ({ page }) => {
  await page.goto('/de/embed/flow/?scenario=metro');
  await hydrated(page);
  await expect(widget(page)).toHaveAttribute('data-scenario', 'metro');
  const next = page.getByRole('button', { name: 'Weiter' });
  await next.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
  await expect(page.locator('.status')).toHaveText('Schritt 5 von 5');
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  const back = page.locator('.controls button').first();
  await back.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.status')).toHaveText('Schritt 4 von 5');
  await page.locator('.step-list button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.status')).toHaveText('Schritt 1 von 5');
  await page.getByRole('button', { name: 'Alle Schritte' }).click();
  await expect(page.locator('.status')).toHaveText(/Überblick/);
});

test('play runs to the last step and stops', async ({ page }) => {
  await page.clock.install();
  await page.goto('/zh/embed/flow/?scenario=metro');
  await hydrated(page);
  await expect(widget(page)).toHaveAttribute('data-scenario', 'metro');
  await page.getByRole('button', { name: '播放' }).click();
  await expect(page.locator('.status')).toHaveText('第1步，共5步');
  await page.clock.runFor(2600 * 6);
  await expect(page.locator('.status')).toHaveText('第5步，共5步');
  await expect(page.getByRole('button', { name: '播放' })).toHaveAttribute('aria-pressed', 'false');
});

test('a bad link falls back, says so, and inserts nothing', async ({ page }) => {
  await page.goto('/en/embed/flow/?scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&step=%3Cscript%3E');
  await hydrated(page);
  await expect(widget(page)).toHaveAttribute('data-scenario', 'payment');
  await expect(page.locator('.problem')).toContainText('does not exist');
  await expect(page.locator('.problem')).toContainText('all steps');
  await expect(page.locator('.flow img, .flow script')).toHaveCount(0);
  expect(await page.content()).not.toContain('onerror=alert');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the embed shows the diagram, every step in full and the whole table', async ({ page }) => {
    await page.goto('/ko/embed/flow/');
    await expect(page.locator('.flow svg[role="img"] title')).toHaveCount(1);
    const steps = scenarios.payment.steps.length;
    await expect(page.locator('.step-list > li')).toHaveCount(steps);
    await expect(page.locator('.step-list .more')).toHaveCount(steps);
    for (const detail of await page.locator('.step-list .more').all()) await expect(detail).toBeVisible();
    await expect(page.locator('.flow table td.yes').first()).toBeVisible();
    await expect(page.locator('.flow .controls')).toBeHidden();
  });

  test('an article shows the diagram, every step title and the table; its prose tells the rest', async ({ page }) => {
    await page.goto('/zh/articles/sim-card/');
    await expect(page.locator('.flow svg[role="img"] desc')).toHaveCount(1);
    await expect(page.locator('.step-list > li .title')).toHaveCount(scenarios.sim.steps.length);
    for (const title of await page.locator('.step-list .title').all()) expect((await title.innerText()).length).toBeGreaterThan(3);
    await expect(page.locator('.flow table td.yes').first()).toBeVisible();
  });
});

test('an article loads the step details when the reader steps in', async ({ page }) => {
  await page.goto('/en/articles/sim-card/');
  await page.locator('.flow').scrollIntoViewIfNeeded();
  await hydrated(page);
  await page.locator('.flow').getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.step-list .more')).toHaveCount(1);
  await expect(page.locator('.step-list .more dd').first()).not.toBeEmpty();
  await expect(page).toHaveURL(/\?scenario=sim&step=1$/);
});

test('no layout shift when the widget hydrates', async ({ page }) => {
  await page.goto('/en/embed/flow/');
  const before = await page.locator('.flow').boundingBox();
  await hydrated(page);
  const after = await page.locator('.flow').boundingBox();
  expect(after).toEqual(before);
});

for (const state of ['', '?scenario=residence&step=3', '?scenario=street&step=6']) {
  test(`axe finds nothing in the widget ${state || '(overview)'}`, async ({ page }) => {
    await page.goto(`/zh/embed/flow/${state}`);
    await hydrated(page);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
  });
}
