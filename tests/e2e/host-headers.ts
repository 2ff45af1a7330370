import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../checks/headers';

/**
 * Makes the test server answer like a static host that reads dist/_headers (Netlify,
 * Cloudflare Pages): every response of the site gets the headers its path matches.
 */
export async function serveWithHostHeaders(context: BrowserContext, origin: string, dist = process.env.FACE_FLOWS_OUT ?? 'dist') {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'), `${dist}/_headers`);
  await context.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const extra = headersFor(rules, new URL(route.request().url()).pathname);
    const headers = { ...response.headers() };
    for (const [name, values] of extra) headers[name] = values.join(', ');
    await route.fulfill({ response, headers });
  });
}
