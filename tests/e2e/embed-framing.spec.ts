// Another site can frame the embeds (also from inside a sandboxed iframe, where they still
// hydrate) but no other page, served with the headers of public/_headers.
import { expect, test } from '@playwright/test';
import { pageType } from '../checks/page-types';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { useStaticHost, watch } from './host';
import { builtPages } from './site-pages';

// The test's "other site" is 127.0.0.1 and a sandboxed frame's origin is opaque; Chromium's
// local-network checks would refuse their requests to localhost, which a public host never meets.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumArgs.filter((a) => !a.startsWith('--headless')), '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessForNavigations'],
  },
});

const host = useStaticHost();

const pages = builtPages();

test('only embeds can be framed, and they work inside a sandboxed iframe', async ({ page, context }) => {
  const origin = host.origin;
  const other = origin.replace('localhost', '127.0.0.1');
  const embed = pages.find((p) => pageType(p) === 'embed');
  const plain = pages.find((p) => pageType(p) === 'about') ?? '/en/';
  const frames = [
    `<iframe name="page" title="page" src="${origin}${plain}"></iframe>`,
    ...(embed ? [`<iframe name="embed" title="embed" src="${origin}${embed}"></iframe>`] : []),
    // A host that shows its content in a sandboxed frame, which embeds the widget again sandboxed.
    ...(embed ? [`<iframe name="host" title="host" sandbox="allow-scripts" srcdoc="<iframe name='inner' title='inner' sandbox='allow-scripts' src='${origin}${embed}'></iframe>"></iframe>`] : []),
  ];
  const problems = await watch(page);
  await context.route(`${other}/host`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A host</title>${frames.join('')}` }),
  );
  await page.goto(`${other}/host`);
  const url = (name: string) => page.frame({ name })?.url() ?? '(no frame)';
  await expect.poll(() => url('page')).toMatch(/^chrome-error:/);
  if (!embed) {
    console.log('No embed page built yet: only the refusal of other pages was checked.');
    return;
  }
  for (const name of ['embed', 'inner']) {
    await expect.poll(() => url(name)).toBe(`${origin}${embed}`);
    const frame = page.frame({ name })!;
    await frame.locator('astro-island').first().evaluate((island) => island.firstElementChild?.scrollIntoView());
    await expect(frame.locator('astro-island[ssr]'), `the widget hydrates in the ${name} frame`).toHaveCount(0);
  }
  expect(problems.filter((p) => !p.includes('frame-ancestors'))).toEqual([]);
});
