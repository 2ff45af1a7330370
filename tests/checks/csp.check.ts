// The CSP every page carries (Astro's <meta>), and the headers shipped for static hosts
// (public/_headers and the README's nginx snippet), checked against every built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems, metaPolicy, parsePolicy } from './csp.ts';
import { corsProblems, headerProblems, headersFor, parseHeadersFile, parseNginxSnippet } from './headers.ts';
import { builtAssets, distDir, loadPages } from './site.ts';

const pages = loadPages();

describe('content security policy', () => {
  it('every page has a meta CSP without unsafe-inline scripts that allows all its inline code', () => {
    const problems = pages.flatMap((p) => cspProblems(p.path, p.doc));
    const hashes = pages.map((p) => (parsePolicy(metaPolicy(p.doc) ?? '').get('script-src') ?? []).filter((s) => s.startsWith("'sha")).length);
    console.log(`CSP: ${pages.length} pages with a meta policy, ${Math.min(...hashes)}–${Math.max(...hashes)} script hashes each, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });
});

describe('headers for static hosts', () => {
  const text = readFileSync(join(distDir, '_headers'), 'utf8');
  const rules = parseHeadersFile(text, 'dist/_headers');

  it('give every page exactly one CSP (framing open only for embeds) and the privacy headers', () => {
    const problems = pages.flatMap((p) => headerProblems(p.path, headersFor(rules, p.path), p.type === 'embed'));
    const embeds = pages.filter((p) => p.type === 'embed').length;
    console.log(`Headers: ${rules.length} rules in _headers; ${pages.length} pages checked (${embeds} embeds framable by any site), ${problems.length} problems`);
    if (problems.some((p) => p.includes('0 content-security-policy'))) {
      console.log('A page with no CSP header needs its section added to public/_headers and the README.');
    }
    expect(problems).toEqual([]);
  });

  it('let embeds in sandboxed iframes load the scripts, styles and data they need (CORS)', () => {
    const assets = builtAssets(['.js', '.css', '.json']).filter((url) => url.startsWith('/_astro/') || url.includes('/embed/'));
    const problems = assets.flatMap((url) => corsProblems(url, headersFor(rules, url)));
    console.log(`CORS: ${assets.length} scripts, styles and embed data files, ${problems.length} without Access-Control-Allow-Origin: *`);
    expect(problems).toEqual([]);
  });

  it('use one header CSP everywhere but for frame-ancestors', () => {
    const policies = new Set(
      rules.flatMap((r) => r.headers.filter(([n]) => n.toLowerCase() === 'content-security-policy').map(([, v]) => v.replace(/frame-ancestors [^;]*;\s*/, ''))),
    );
    expect([...policies]).toHaveLength(1);
  });

  it('match the nginx snippet in the README', () => {
    const nginx = parseNginxSnippet(readFileSync('README.md', 'utf8'));
    const embedLocation = [...nginx.locations].find(([match]) => match.includes('embed'))?.[1];
    const single = (headers: Map<string, string[]>) => new Map([...headers].map(([name, values]) => [name, values.join(', ')]));
    const page = single(headersFor(rules, '/en/'));
    const embed = single(headersFor(rules, '/en/embed/flow/'));
    expect(Object.fromEntries(nginx.server)).toEqual(Object.fromEntries(page));
    expect(embedLocation && Object.fromEntries(embedLocation)).toEqual(Object.fromEntries(embed));
    // nginx sets Cache-Control for /_astro/ with `expires`, not add_header.
    const assetLocation = nginx.locations.get('/_astro/');
    const asset = single(headersFor(rules, '/_astro/x.js'));
    asset.delete('cache-control');
    expect(assetLocation && Object.fromEntries(assetLocation)).toEqual(Object.fromEntries(asset));
  });
});
