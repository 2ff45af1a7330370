import type { CollectionEntry } from 'astro:content';
import { localeCodes, referenceLocale, type LocaleCode } from '../i18n/locales';

export type Article = CollectionEntry<'articles'>;

/** The reading order of the articles: home cards and previous/next links follow it. */
export const articleOrder = [
  'face-payment',
  'metro-gates',
  'sim-card',
  'residential-gates',
  'checkpoints',
  'consent-and-law',
] as const;

/** Slugs sorted by articleOrder; fails naming any slug that is missing from it or from content. */
export function inReadingOrder(slugs: readonly string[], order: readonly string[] = articleOrder): string[] {
  const unlisted = slugs.filter((s) => !order.includes(s));
  if (unlisted.length > 0) {
    const list = unlisted.map((s) => `content/articles/${s}/`).join(', ');
    throw new Error(`${list}: not in articleOrder (src/lib/articles.ts); add the slug where it belongs in the reading order`);
  }
  const absent = order.filter((s) => !slugs.includes(s));
  if (absent.length > 0) {
    throw new Error(`articleOrder (src/lib/articles.ts) lists ${absent.map((s) => `"${s}"`).join(', ')}, which has no content/articles/ folder`);
  }
  return [...order];
}

/** The articles before and after one in the reading order (null at either end). */
export function neighbours<T extends { slug: string }>(ordered: readonly T[], slug: string) {
  const i = ordered.findIndex((p) => p.slug === slug);
  if (i < 0) throw new Error(`"${slug}" is not in the article list`);
  return { prev: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** One article page: the entry shown, and whether it is the English original standing in. */
export interface ArticlePage {
  slug: string;
  lang: LocaleCode;
  entry: Article;
  isFallback: boolean;
  /** Languages this article is really written in. */
  translations: LocaleCode[];
}

export function splitId(id: string): { slug: string; lang: string } {
  const [slug = '', lang = ''] = id.split('/');
  return { slug, lang };
}

/** Every article in every language: the translation if there is one, else the English original. */
export function articlePages(entries: Article[]): ArticlePage[] {
  const bySlug = new Map<string, Map<string, Article>>();
  for (const entry of entries) {
    const { slug, lang } = splitId(entry.id);
    if (!(localeCodes as string[]).includes(lang)) {
      throw new Error(`content/articles/${entry.id}.mdx: "${lang}" is not a language of the site (${localeCodes.join(', ')})`);
    }
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, entry);
  }
  const pages: ArticlePage[] = [];
  for (const [slug, byLang] of bySlug) {
    const reference = byLang.get(referenceLocale);
    if (!reference) {
      throw new Error(`content/articles/${slug}/: has no ${referenceLocale}.mdx; every article needs the English reference`);
    }
    const translations = localeCodes.filter((l) => byLang.has(l));
    for (const lang of localeCodes) {
      const own = byLang.get(lang);
      pages.push({ slug, lang, entry: own ?? reference, isFallback: !own, translations });
    }
  }
  return pages;
}

/** The pages of one language in reading order. */
export function orderedIn(pages: readonly ArticlePage[], lang: LocaleCode): ArticlePage[] {
  const own = pages.filter((p) => p.lang === lang);
  const order = inReadingOrder(own.map((p) => p.slug));
  return order.map((slug) => own.find((p) => p.slug === slug)!);
}

/** Article pages of one language, in reading order. */
export async function articlesIn(lang: LocaleCode): Promise<ArticlePage[]> {
  // Imported here so the pure functions above stay testable outside Astro.
  const { getCollection } = await import('astro:content');
  return orderedIn(articlePages(await getCollection('articles')), lang);
}
