import { getLocale, localeCodes, referenceLocale, type LocaleCode } from '../i18n/locales';
import type { GlossaryEntryData } from './glossary-file';

/** All glossary entries: language → id → entry. */
export type GlossaryTable = ReadonlyMap<LocaleCode, ReadonlyMap<string, GlossaryEntryData>>;

/** One row of the glossary page. */
export interface GlossaryItem {
  id: string;
  term: string;
  definition: string;
  /** Language of term and definition: the page's, or English standing in. */
  textLang: LocaleCode;
  isFallback: boolean;
  /** The term in every language, null where a language has no entry yet. */
  terms: { lang: LocaleCode; term: string | null }[];
}

/** The glossary of one language, every reference id, sorted by term in that language. */
export function glossaryItems(table: GlossaryTable, lang: LocaleCode): GlossaryItem[] {
  const reference = table.get(referenceLocale);
  if (!reference) throw new Error(`content/glossary/${referenceLocale}.yaml: the reference glossary is missing`);
  const own = table.get(lang);
  const items = [...reference].map(([id, english]): GlossaryItem => {
    const entry = own?.get(id);
    return {
      id,
      term: (entry ?? english).term,
      definition: (entry ?? english).definition,
      textLang: entry ? lang : referenceLocale,
      isFallback: !entry,
      terms: localeCodes.map((code) => ({ lang: code, term: table.get(code)?.get(id)?.term ?? null })),
    };
  });
  const collator = new Intl.Collator(getLocale(lang).lang);
  return items.sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}

/** The glossary collection as a table (entry ids are "{lang}/{id}"). */
export async function glossaryTable(): Promise<GlossaryTable> {
  // Imported here so the pure functions above stay testable outside Astro.
  const { getCollection } = await import('astro:content');
  const table = new Map<LocaleCode, Map<string, GlossaryEntryData>>();
  for (const { id, data } of await getCollection('glossary')) {
    const [lang, termId = ''] = id.split('/') as [LocaleCode, string];
    if (!table.has(lang)) table.set(lang, new Map());
    table.get(lang)!.set(termId, data);
  }
  return table;
}

/** The ids every article may use in <Term id>. */
export async function glossaryIds(): Promise<Set<string>> {
  return new Set((await glossaryTable()).get(referenceLocale)?.keys());
}
