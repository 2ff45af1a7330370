// Every internal link, #anchor, hreflang alternate and sitemap entry leads to a built page or
// id; every source URL is a well-formed http(s) address.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { isWellFormedWebUrl, pageIds, pageLinks, resolveLink, sitemapUrls } from './links.ts';
import { distDir, fileForPath, loadPages } from './site.ts';

const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const ids = new Map(pages.map((p) => [p.path, pageIds(p.doc)]));
const canonical = byPath.get('/en/')?.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
const origin = new URL(canonical ?? 'https://face-flows.example/').origin;

/** The built page a site path shows ("/en" and "/en/index.html" → "/en/"), or null. */
function pageAt(path: string): string | null {
  const file = fileForPath(path);
  if (!file?.endsWith('.html')) return null;
  return [...byPath.values()].find((p) => p.file === file)?.path ?? null;
}

describe('integrity', () => {
  const links = pages.flatMap((p) => pageLinks(p.path, p.doc));

  it('every internal link and #anchor leads to a built page and id', () => {
    const broken: string[] = [];
    let internal = 0;
    let anchors = 0;
    for (const link of links) {
      const resolved = resolveLink(link.url, link.from, origin);
      if ('error' in resolved) {
        broken.push(`${link.from}: ${link.kind} ${resolved.error}`);
        continue;
      }
      if (!resolved.internal) continue;
      internal++;
      if (!fileForPath(resolved.path)) {
        broken.push(`${link.from}: ${link.kind}="${link.url}" → ${resolved.path} is not in the build`);
        continue;
      }
      if (resolved.hash) {
        anchors++;
        const target = pageAt(resolved.path);
        if (target && !ids.get(target)?.has(resolved.hash)) {
          broken.push(`${link.from}: ${link.kind}="${link.url}" → ${target} has no id "${resolved.hash}"`);
        }
      }
    }
    console.log(`Links: ${pages.length} pages, ${internal} internal links and references, ${anchors} to #anchors, ${broken.length} broken`);
    expect(broken).toEqual([]);
  });

  it('every hreflang alternate is a built page that links back', () => {
    const problems: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const link of page.doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
        count++;
        const resolved = resolveLink(link.getAttribute('href') ?? '', page.path, origin);
        const target = 'internal' in resolved && resolved.internal ? pageAt(resolved.path) : null;
        if (!target) {
          problems.push(`${page.path}: hreflang=${link.getAttribute('hreflang')} → ${link.getAttribute('href')} is not a built page`);
          continue;
        }
        if (link.getAttribute('hreflang') === 'x-default' || target === page.path) continue;
        const back = byPath
          .get(target)!
          .doc.querySelectorAll('link[rel="alternate"][hreflang]')
          .some((l) => {
            const r = resolveLink(l.getAttribute('href') ?? '', target, origin);
            return 'internal' in r && r.internal && pageAt(r.path) === page.path;
          });
        if (!back) problems.push(`${page.path}: ${target} is its hreflang alternate but does not link back`);
      }
    }
    console.log(`hreflang: ${count} alternates, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('every sitemap entry and its alternates are built pages', () => {
    const index = join(distDir, 'sitemap-index.xml');
    expect(existsSync(index), 'dist/sitemap-index.xml').toBe(true);
    const sitemaps = sitemapUrls(readFileSync(index, 'utf8')).locs;
    const problems: string[] = [];
    let entries = 0;
    for (const sitemap of sitemaps) {
      const file = fileForPath(new URL(sitemap).pathname);
      if (!file) {
        problems.push(`sitemap-index.xml: ${sitemap} is not in the build`);
        continue;
      }
      const { locs, alternates } = sitemapUrls(readFileSync(file, 'utf8'));
      for (const url of [...locs, ...alternates]) {
        entries++;
        const parsed = new URL(url);
        if (parsed.origin !== origin || !pageAt(parsed.pathname)) problems.push(`${sitemap}: ${url} is not a built page`);
      }
    }
    const listed = pages.filter((p) => p.path.endsWith('/')).length;
    console.log(`Sitemap: ${sitemaps.length} file(s), ${entries} URLs (entries and alternates), ${listed} built directory pages, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('every source URL and external link is a well-formed http(s) URL', () => {
    type Source = { id?: string; url?: string; via?: string; archived?: string };
    const sources = parse(readFileSync(join(contentDir, 'sources.yaml'), 'utf8')) as Source[];
    const bad: string[] = [];
    let count = 0;
    for (const source of sources) {
      for (const field of ['url', 'via', 'archived'] as const) {
        const value = source[field];
        if (value === undefined) continue;
        count++;
        if (!isWellFormedWebUrl(value)) bad.push(`content/sources.yaml: ${source.id ?? '?'}.${field} "${value}"`);
      }
    }
    const external = new Set<string>();
    for (const link of links) {
      const resolved = resolveLink(link.url, link.from, origin);
      if ('internal' in resolved && !resolved.internal && resolved.url.protocol !== 'mailto:') {
        external.add(link.url);
        if (!isWellFormedWebUrl(link.url)) bad.push(`${link.from}: ${link.kind}="${link.url}"`);
      }
    }
    console.log(`Sources: ${sources.length} entries, ${count} URLs; ${external.size} distinct external links on the pages; ${bad.length} malformed`);
    expect(bad).toEqual([]);
  });
});
