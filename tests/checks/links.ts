/** Links, anchors, hreflang alternates and sitemap entries of the built site, and where they lead. */
import type { HTMLElement } from 'node-html-parser';

export interface Link {
  /** The page it is on. */
  from: string;
  /** Tag and attribute, e.g. "a href", "link[hreflang=de]". */
  kind: string;
  url: string;
}

/** Every URL a page refers to: links, alternates, scripts, stylesheets, images, frames, forms. */
export function pageLinks(path: string, doc: HTMLElement): Link[] {
  const links: Link[] = [];
  const take = (selector: string, attribute: string, kind = `${selector} ${attribute}`) => {
    for (const element of doc.querySelectorAll(selector)) {
      const url = element.getAttribute(attribute);
      if (url !== undefined) links.push({ from: path, kind, url });
    }
  };
  take('a[href]', 'href', 'a href');
  take('area[href]', 'href', 'area href');
  for (const link of doc.querySelectorAll('link[href]')) {
    const hreflang = link.getAttribute('hreflang');
    const kind = hreflang ? `link[hreflang=${hreflang}]` : `link[rel=${link.getAttribute('rel') ?? ''}]`;
    links.push({ from: path, kind, url: link.getAttribute('href')! });
  }
  take('script[src]', 'src');
  take('img[src]', 'src');
  take('iframe[src]', 'src');
  take('source[src]', 'src');
  take('form[action]', 'action');
  take('astro-island[component-url]', 'component-url');
  take('astro-island[renderer-url]', 'renderer-url');
  return links;
}

/** The ids a page has (and the names of <a name>), which #fragments can point to. */
export function pageIds(doc: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const element of doc.querySelectorAll('[id]')) ids.add(element.getAttribute('id')!);
  for (const element of doc.querySelectorAll('a[name]')) ids.add(element.getAttribute('name')!);
  return ids;
}

export type Resolved =
  | { internal: true; path: string; hash: string }
  | { internal: false; url: URL }
  | { error: string };

/** Resolves a link on a page of a site at `origin` into a site path or an external URL. */
export function resolveLink(url: string, from: string, origin: string): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(url, `${origin}${from}`);
  } catch {
    return { error: `"${url}" is not a URL` };
  }
  if (parsed.origin !== origin) {
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return { error: `"${url}" uses ${parsed.protocol}` };
    return { internal: false, url: parsed };
  }
  return { internal: true, path: parsed.pathname, hash: decodeURIComponent(parsed.hash.slice(1)) };
}

/** Is this a well-formed address of a web page on the public internet? */
export function isWellFormedWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The <loc> and xhtml:link alternates of a sitemap or sitemap index. */
export function sitemapUrls(xml: string): { locs: string[]; alternates: string[] } {
  const locs = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeXml(m[1]!));
  const alternates = [...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]+)"/g)].map((m) => decodeXml(m[1]!));
  return { locs, alternates };
}

function decodeXml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
