import { localeOfPath } from '../../src/i18n/routing';

/** What a built page is, decided from its URL path alone (the one place that does so). */
export type PageType =
  | 'chooser'
  | 'not-found'
  | 'home'
  | 'article'
  | 'embed'
  | 'teach'
  | 'translate'
  | 'glossary'
  | 'search'
  | 'sources'
  | 'about'
  | 'other';

/** The page types the issue sets budgets for, in the order they are printed. */
export const budgetedTypes = ['home', 'article', 'embed', 'teach', 'translate', 'glossary'] as const;

const sections: Record<string, PageType> = {
  articles: 'article',
  embed: 'embed',
  teach: 'teach',
  translate: 'translate',
  glossary: 'glossary',
  search: 'search',
  sources: 'sources',
  about: 'about',
};

/** "/en/articles/sim-card/" → "article"; "/" → "chooser"; "/404.html" → "not-found". */
export function pageType(path: string): PageType {
  if (path === '/' || path === '/index.html') return 'chooser';
  if (path === '/404.html') return 'not-found';
  if (!localeOfPath(path)) return 'other';
  const [, , section] = path.split('/');
  if (!section) return 'home';
  return sections[section] ?? 'other';
}
