/**
 * Byte budgets of the built pages: gzip sizes of the HTML, of the CSS that blocks first
 * paint, and of the JavaScript each page loads, with what every script is for.
 */
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { moduleGraph } from './module-graph.ts';
import type { PageType } from './page-types.ts';

export const KB = 1024;
/** An article's HTML plus its render-blocking CSS may not exceed this (gzip). */
export const articleLimit = 20 * KB;
/** The goal: the first TCP round trip (10 segments of 1460 bytes ≈ 14 KB). */
export const articleGoal = 14 * KB;
/** All the JavaScript of a page with one widget. */
export const oneWidgetJsLimit = 40 * KB;

/** gzip -9 size in bytes, the size a static host serves precompressed. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Why a page loads a piece of JavaScript; `unexplained` is a failure. */
export type JsPurpose = 'widget' | 'redirect' | 'search' | 'unexplained';

export interface JsPiece {
  /** URL path of the module, or "inline #n" for a script in the page. */
  name: string;
  purpose: JsPurpose;
  gzip: number;
  /** The island whose graph the module belongs to ("shared" when several islands use it). */
  island?: string;
}

export interface PageBudget {
  path: string;
  type: PageType;
  html: number;
  /** Render-blocking stylesheets (gzip each), inline <style> being part of the HTML. */
  css: { url: string; gzip: number }[];
  js: JsPiece[];
  islands: string[];
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function isJavaScript(script: HTMLElement): boolean {
  return jsTypes.has((script.getAttribute('type') ?? '').trim().toLowerCase());
}

/** Stylesheets that block first paint: rel=stylesheet links not limited to print and not disabled. */
export function blockingStylesheets(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll('link[rel~="stylesheet"]')
    .filter((link) => {
      const media = (link.getAttribute('media') ?? 'all').trim().toLowerCase();
      return !link.hasAttribute('disabled') && media !== 'print' && !/^print\b/.test(media);
    })
    .map((link) => link.getAttribute('href') ?? '');
}

/** Astro's island runtime, inlined into every page that has an island. */
export function isIslandRuntime(code: string): boolean {
  return /self\.Astro\b|["'`]astro-island["'`]/.test(code);
}

function islandName(island: HTMLElement, index: number): string {
  try {
    const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: unknown };
    if (typeof opts.name === 'string') return opts.name;
  } catch {
    // Fall back to the position below.
  }
  return `island #${index + 1}`;
}

function isSearchModule(url: string): boolean {
  return url.startsWith('/pagefind/') || /search|pagefind/i.test(url.split('/').pop() ?? '');
}

/**
 * Measures one page. `read` returns the text of a site file by URL path (null when absent);
 * missing files are reported as errors by the caller through `missing`.
 */
export function measurePage(
  page: { path: string; type: PageType; html: string; doc: HTMLElement },
  read: (url: string) => string | null,
  missing: (url: string, from: string) => void = () => {},
): PageBudget {
  const { doc, path, type } = page;
  const reader = (url: string) => {
    const text = read(url);
    if (text === null) missing(url, path);
    return text;
  };
  const css = blockingStylesheets(doc).flatMap((url) => {
    const text = reader(url);
    return text === null ? [] : [{ url, gzip: gzipSize(text) }];
  });

  const islands = doc.querySelectorAll('astro-island');
  const names = islands.map(islandName);
  const owner = new Map<string, string>();
  islands.forEach((island, i) => {
    const entries = ['component-url', 'renderer-url'].flatMap((a) => island.getAttribute(a) ?? []);
    for (const url of moduleGraph(entries, reader)) {
      owner.set(url, owner.has(url) && owner.get(url) !== names[i] ? 'shared' : names[i]!);
    }
  });

  const js: JsPiece[] = [];
  const counted = new Set<string>();
  const add = (url: string, purpose: JsPurpose, island?: string) => {
    if (counted.has(url)) return;
    counted.add(url);
    const text = read(url);
    js.push({ name: url, purpose, gzip: text === null ? 0 : gzipSize(text), ...(island ? { island } : {}) });
  };
  for (const [url, island] of owner) add(url, 'widget', island);

  const scripts = doc.querySelectorAll('script').filter(isJavaScript);
  scripts.forEach((script, i) => {
    const src = script.getAttribute('src');
    if (src === undefined) {
      const code = script.textContent;
      const purpose: JsPurpose =
        islands.length > 0 && isIslandRuntime(code) ? 'widget' : type === 'chooser' ? 'redirect' : type === 'search' ? 'search' : 'unexplained';
      js.push({ name: `inline #${i + 1}`, purpose, gzip: gzipSize(code), ...(purpose === 'widget' ? { island: 'runtime' } : {}) });
      return;
    }
    const graph = moduleGraph([src], reader);
    const purpose: JsPurpose =
      type === 'chooser' ? 'redirect' : type === 'search' || isSearchModule(src) ? 'search' : owner.has(src) ? 'widget' : 'unexplained';
    for (const url of graph) add(url, purpose);
  });
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute('href') ?? '';
    if (!counted.has(href)) add(href, owner.has(href) ? 'widget' : isSearchModule(href) ? 'search' : 'unexplained');
  }
  return { path, type, html: gzipSize(page.html), css, js, islands: names };
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
export const cssBytes = (b: PageBudget) => sum(b.css.map((c) => c.gzip));
export const jsBytes = (b: PageBudget) => sum(b.js.map((j) => j.gzip));

/** Every budget a page breaks, as sentences naming the page. */
export function budgetFailures(b: PageBudget): string[] {
  const failures: string[] = [];
  if (b.type === 'article' && b.html + cssBytes(b) > articleLimit) {
    failures.push(`${b.path}: HTML + blocking CSS is ${b.html + cssBytes(b)} B gzip, over ${articleLimit} B`);
  }
  for (const piece of b.js.filter((j) => j.purpose === 'unexplained')) {
    failures.push(`${b.path}: ships ${piece.name} (${piece.gzip} B gzip), which is not for a widget, the language redirect or search`);
  }
  if (b.islands.length === 1 && jsBytes(b) > oneWidgetJsLimit) {
    failures.push(`${b.path}: one widget (${b.islands[0]}) but ${jsBytes(b)} B gzip of JavaScript, over ${oneWidgetJsLimit} B`);
  }
  return failures;
}

/** Each island's share of a page's JavaScript, in bytes, with "shared" and "runtime" apart. */
export function islandShares(b: PageBudget): Map<string, number> {
  const shares = new Map<string, number>();
  for (const piece of b.js.filter((j) => j.purpose === 'widget')) {
    const key = piece.island ?? 'shared';
    shares.set(key, (shares.get(key) ?? 0) + piece.gzip);
  }
  return shares;
}
