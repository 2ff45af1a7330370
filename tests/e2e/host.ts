import type { Server } from 'node:http';
import { test, type Page } from '@playwright/test';
import { serve } from '../support/static-host.ts';

/**
 * Serves the build like a static host that reads dist/_headers (Netlify, Cloudflare Pages),
 * on a free port, for the tests in this file; `origin` is set once the server is up.
 */
export function useStaticHost(dist = process.env.FACE_FLOWS_OUT ?? 'dist'): { origin: string } {
  const host = { origin: '' };
  let server: Server | undefined;
  test.beforeAll(async () => {
    ({ server, origin: host.origin } = await serve(dist, 0));
  });
  test.afterAll(() => {
    server?.close();
  });
  return host;
}

/** Records CSP violations (from the page's own events and Chromium's console) and page errors. */
export async function watch(page: Page) {
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
