import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, referenceLocale, type LocaleCode } from '../i18n/locales';

export type Article = CollectionEntry<'articles'>;

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

/** Article pages of one language, newest first by publication, then by slug. */
export async function articlesIn(lang: LocaleCode): Promise<ArticlePage[]> {
  const pages = articlePages(await getCollection('articles')).filter((p) => p.lang === lang);
  return pages.sort(
    (a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug),
  );
}
