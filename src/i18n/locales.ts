/** The one list of languages. Adding a language is one entry here plus its files in content/. */
export const locales = [
  { code: 'ko', lang: 'ko', name: '한국어', dir: 'ltr', ogLocale: 'ko_KR' },
  { code: 'zh', lang: 'zh-Hans', name: '简体中文', dir: 'ltr', ogLocale: 'zh_CN' },
  { code: 'en', lang: 'en', name: 'English', dir: 'ltr', ogLocale: 'en_US' },
  { code: 'de', lang: 'de', name: 'Deutsch', dir: 'ltr', ogLocale: 'de_DE' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleCode = Locale['code'];

/** English is the reference: strings and articles are complete in it, others fall back to it. */
export const referenceLocale = 'en' satisfies LocaleCode;

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"; known: ${localeCodes.join(', ')}`);
  return found;
}

/**
 * The best locale for a browser's language list (navigator.languages order),
 * matching on the primary subtag; `null` when none matches.
 */
export function bestLocale(preferred: readonly string[]): LocaleCode | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = locales.find((l) => l.code === primary);
    if (match) return match.code;
  }
  return null;
}
