// A host page that includes /embed.js gets its face-flows iframes sized to their content,
// sandboxed or not, and ignores height messages that do not come from one of its iframes.
import { expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { useStaticHost } from './host';

// The host is another origin (127.0.0.1); see embed-framing.spec.ts for why these flags.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumArgs.filter((a) => !a.startsWith('--headless')), '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessForNavigations'],
  },
});

const site = useStaticHost();

test('embed.js sizes plain and sandboxed iframes to the widget, and nothing else moves them', async ({ page, context }) => {
  const other = site.origin.replace('localhost', '127.0.0.1');
  const embed = `${site.origin}/en/embed/flow/?scenario=sim`;
  await context.route(`${other}/lesson`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>A lesson</title>
        <iframe id="plain" title="flow" src="${embed}" style="width:360px;height:150px;border:0"></iframe>
        <iframe id="sandboxed" title="flow" sandbox="allow-scripts" src="${embed}" style="width:1000px;height:150px;border:0"></iframe>
        <script src="${site.origin}/embed.js"></script>`,
    }),
  );
  await page.goto(`${other}/lesson`);
  const height = (id: string) => page.locator(`#${id}`).evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
  await expect.poll(() => height('plain')).toBeGreaterThan(1000);
  await expect.poll(() => height('sandboxed')).toBeGreaterThan(700);
  // The narrow frame is taller than the wide one: each follows its own content.
  expect(await height('plain')).toBeGreaterThan(await height('sandboxed'));

  const before = await height('plain');
  await page.evaluate(() => window.postMessage({ type: 'face-flows:height', height: 250 }, '*'));
  await page.waitForTimeout(200);
  expect(await height('plain')).toBe(before);
});
