import { describe, expect, it } from 'vitest';
import { isWellFormedWebUrl, pageIds, pageLinks, resolveLink, sitemapUrls } from './links.ts';
import { parseHtml } from './site.ts';

const origin = 'https://face-flows.example';

describe('resolveLink', () => {
  it.each([
    ['../checkpoints/', '/en/articles/sim-card/', { internal: true, path: '/en/articles/checkpoints/', hash: '' }],
    ['#source-2', '/en/articles/sim-card/', { internal: true, path: '/en/articles/sim-card/', hash: 'source-2' }],
    ['https://face-flows.example/de/#%EA%B2%B0%EC%A0%9C', '/', { internal: true, path: '/de/', hash: '결제' }],
  ])('%s on %s', (url, from, expected) => {
    expect(resolveLink(url, from, origin)).toEqual(expected);
  });

  it('keeps external links apart and refuses other schemes', () => {
    const external = resolveLink('https://www.bbc.com/news/x', '/en/', origin);
    expect('internal' in external && !external.internal && external.url.hostname).toBe('www.bbc.com');
    expect(resolveLink('javascript:alert(1)', '/en/', origin)).toEqual({ error: '"javascript:alert(1)" uses javascript:' });
  });
});

describe('isWellFormedWebUrl', () => {
  it.each([
    ['https://www.miit.gov.cn/a/b.html?x=1', true],
    ['http://news.cn/2013-07/x.htm', true],
    ['ftp://example.org/x', false],
    ['https://localhost/x', false],
    ['https://exa mple.org/', false],
    ['https://user:pw@example.org/', false],
    ['www.example.org', false],
  ])('%s: %s', (url, expected) => {
    expect(isWellFormedWebUrl(url)).toBe(expected);
  });
});

describe('pageLinks and pageIds', () => {
  it('collects links of every kind and the ids they may point to', () => {
    const doc = parseHtml(
      '<head><link rel="alternate" hreflang="de" href="/de/"><link rel="icon" href="/favicon.svg"></head><body><h2 id="a">A</h2><a name="old"></a><a href="#a">x</a><script src="/s.js"></script><astro-island component-url="/c.js" renderer-url="/r.js"></astro-island></body>',
    );
    expect(pageLinks('/en/', doc).map((l) => `${l.kind} ${l.url}`)).toEqual([
      'a href #a',
      'link[hreflang=de] /de/',
      'link[rel=icon] /favicon.svg',
      'script[src] src /s.js',
      'astro-island[component-url] component-url /c.js',
      'astro-island[renderer-url] renderer-url /r.js',
    ]);
    expect([...pageIds(doc)]).toEqual(['a', 'old']);
  });
});

describe('sitemapUrls', () => {
  it('reads locations and alternates', () => {
    const xml = '<urlset><url><loc>https://x.example/en/?a=1&amp;b=2</loc><xhtml:link rel="alternate" hreflang="de" href="https://x.example/de/"/></url></urlset>';
    expect(sitemapUrls(xml)).toEqual({ locs: ['https://x.example/en/?a=1&b=2'], alternates: ['https://x.example/de/'] });
  });
});
