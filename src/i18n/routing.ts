import { isLocaleCode, localeCodes, type LocaleCode } from './locales';

/** Every page the site has, in language-neutral form. */
export type Route =
  | { page: 'home' }
  | { page: 'article'; slug: string }
  | { page: 'sources' }
  | { page: 'glossary'; term?: string }
  | { page: 'search' }
  | { page: 'about' }
  | { page: 'embed'; widget: string };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function segments(route: Route): string[] {
  switch (route.page) {
    case 'home':
      return [];
    case 'article':
      if (!slugPattern.test(route.slug)) throw new Error(`Bad article slug "${route.slug}"`);
      return ['articles', route.slug];
    case 'embed':
      if (!slugPattern.test(route.widget)) throw new Error(`Bad widget id "${route.widget}"`);
      return ['embed', route.widget];
    case 'glossary':
      if (route.term !== undefined && !slugPattern.test(route.term)) {
        throw new Error(`Bad glossary id "${route.term}"`);
      }
      return ['glossary'];
    default:
      return [route.page];
  }
}

/** The site-relative URL of a route in a language, always with a trailing slash. */
export function href(lang: LocaleCode, route: Route): string {
  const path = `/${[lang, ...segments(route)].join('/')}/`;
  return route.page === 'glossary' && route.term ? `${path}#${route.term}` : path;
}

/** The language a pathname is in, or null for unprefixed paths (the root chooser, 404). */
export function localeOfPath(pathname: string): LocaleCode | null {
  const first = pathname.split('/')[1];
  return isLocaleCode(first) ? first : null;
}

/** The same page in another language: swaps the language prefix, keeps the rest. */
export function switchLocale(pathname: string, to: LocaleCode): string {
  const parts = pathname.split('/');
  if (isLocaleCode(parts[1])) {
    parts[1] = to;
    return parts.join('/');
  }
  return `/${to}/`;
}

/** Static paths for a page that exists in every language. */
export function everyLocale(): { params: { lang: LocaleCode } }[] {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
