import { describe, expect, it } from 'vitest';
import { budgetFailures, blockingStylesheets, gzipSize, islandShares, jsBytes, measurePage, oneWidgetJsLimit } from './budgets.ts';
import { pageType } from './page-types.ts';
import { parseHtml } from './site.ts';

const island = (name: string, component: string) =>
  `<astro-island component-url="${component}" renderer-url="/_astro/client.svelte.js" opts='{"name":"${name}","value":true}' ssr><div></div></astro-island>`;
const runtime = '<script>(()=>{(self.Astro||(self.Astro={})).visible=1})();</script>';

function measure(path: string, body: string, files: Record<string, string>, head = '') {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return measurePage({ path, type: pageType(path), html, doc: parseHtml(html) }, (url) => files[url] ?? null);
}

const files: Record<string, string> = {
  '/_astro/Flow.js': 'import{s}from"./runtime.js";export default 1;',
  '/_astro/Other.js': 'import{s}from"./runtime.js";export default 2;',
  '/_astro/client.svelte.js': 'import{s}from"./runtime.js";',
  '/_astro/runtime.js': 'export const s=1;'.repeat(50),
  '/_astro/tracker.js': 'navigator.sendBeacon("/x")',
  '/_astro/site.css': 'body{margin:0}',
  '/_astro/print.css': 'body{color:#000}',
};

describe('blockingStylesheets', () => {
  it('counts linked stylesheets that are not for print', () => {
    const doc = parseHtml(
      '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link rel="preload" href="/b.css"><link rel="stylesheet" href="/s.css" media="screen">',
    );
    expect(blockingStylesheets(doc)).toEqual(['/a.css', '/s.css']);
  });
});

describe('measurePage', () => {
  it('follows an island to its component, renderer and their imports, and counts the runtime as the widget\'s', () => {
    const b = measure('/en/articles/a/', `${island('Flow', '/_astro/Flow.js')}${runtime}`, files);
    expect(b.islands).toEqual(['Flow']);
    expect(b.js.map((j) => [j.name, j.purpose])).toEqual([
      ['/_astro/Flow.js', 'widget'],
      ['/_astro/client.svelte.js', 'widget'],
      ['/_astro/runtime.js', 'widget'],
      ['inline #1', 'widget'],
    ]);
    expect(budgetFailures(b)).toEqual([]);
    expect([...islandShares(b).keys()]).toEqual(['Flow', 'runtime']);
  });

  it('calls modules two islands load shared', () => {
    const b = measure('/en/', `${island('Flow', '/_astro/Flow.js')}${island('Other', '/_astro/Other.js')}${runtime}`, files);
    const shares = islandShares(b);
    expect([...shares.keys()].sort()).toEqual(['Flow', 'Other', 'runtime', 'shared']);
    expect(shares.get('shared')).toBe(gzipSize(files['/_astro/client.svelte.js']!) + gzipSize(files['/_astro/runtime.js']!));
  });

  it('fails a script that is not for a widget, the redirect or search', () => {
    const b = measure('/en/about/', '<script type="module" src="/_astro/tracker.js"></script><script>track()</script>', files);
    expect(budgetFailures(b)).toEqual([
      expect.stringContaining('/_astro/tracker.js'),
      expect.stringContaining('inline #2'),
    ]);
  });

  it('allows the redirect on the chooser and scripts on the search page, and ignores JSON data', () => {
    expect(budgetFailures(measure('/', '<script type="module">location.replace("/en/")</script>', files))).toEqual([]);
    expect(budgetFailures(measure('/en/search/', '<script type="module" src="/_astro/tracker.js"></script>', files))).toEqual([]);
    expect(measure('/en/about/', '<script type="application/ld+json">{"a":1}</script>', files).js).toEqual([]);
  });

  it('measures the article budget on HTML plus blocking CSS', () => {
    const b = measure('/en/articles/a/', '<p>text</p>', files, '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" media="print" href="/_astro/print.css">');
    expect(b.css).toEqual([{ url: '/_astro/site.css', gzip: gzipSize(files['/_astro/site.css']!) }]);
    const big = measure('/en/articles/b/', `<p>${Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 10007).join(' ')}</p>`, files);
    expect(budgetFailures(big)).toEqual([expect.stringContaining('HTML + blocking CSS')]);
  });

  it('fails a page with one widget over the JavaScript limit', () => {
    const heavy = { ...files, '/_astro/Flow.js': Array.from({ length: 40_000 }, (_, i) => `v${(i * 7919) % 100_003}`).join(';') };
    const b = measure('/en/embed/flow/', island('Flow', '/_astro/Flow.js'), heavy);
    expect(jsBytes(b)).toBeGreaterThan(oneWidgetJsLimit);
    expect(budgetFailures(b)).toEqual([expect.stringContaining('one widget (Flow)')]);
  });
});
