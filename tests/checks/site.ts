import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from '../e2e/site-pages';
import { pageType, type PageType } from './page-types.ts';

/** One built HTML page: its URL path, type, source text and parsed document. */
export interface BuiltPage {
  path: string;
  type: PageType;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** The built site the checks read: `dist/`, or the folder in $FACE_FLOWS_OUT like the build. */
export const distDir = resolve(process.env.FACE_FLOWS_OUT ?? 'dist');

export function requireBuild(dist = distDir): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` before the checks`);
  }
}

/** The file in dist that serves a site-relative URL path ("/en/" → dist/en/index.html), or null. */
export function fileForPath(path: string, dist = distDir): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

const cache = new Map<string, BuiltPage[]>();

/** Every page of the built site, parsed once per run. */
export function loadPages(dist = distDir): BuiltPage[] {
  const cached = cache.get(dist);
  if (cached) return cached;
  requireBuild(dist);
  const pages = builtPages(dist).map((path) => {
    const file = fileForPath(path, dist);
    if (!file) throw new Error(`No file in ${dist} for ${path}`);
    const html = readFileSync(file, 'utf8');
    return { path, type: pageType(path), file, html, doc: parseHtml(html) };
  });
  cache.set(dist, pages);
  return pages;
}

/** Every file under dist with one of the extensions, as site-relative URL paths. */
export function builtAssets(extensions: string[], dist = distDir): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
    });
  return walk(dist).map((file) => `/${relative(dist, file)}`);
}
