import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/content-dir';
import { compareKeys, parseYamlMap } from '../lib/yaml-map';
import { format } from './format';
import { referenceLocale, type LocaleCode } from './locales';

export { format };

export type Strings = Record<string, string>;

/** Reads and checks one language's string file: a flat map of dotted keys to strings. */
export function parseStrings(source: string, file: string): Strings {
  const data = parseYamlMap(source, file, 'a map of "key: text" lines');
  const strings: Strings = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`${file}: key "${key}" must be a non-empty string`);
    }
    strings[key] = value;
  }
  return strings;
}

export function stringsFile(lang: LocaleCode): string {
  return join(contentDir, 'strings', `${lang}.yaml`);
}

function load(lang: LocaleCode): Strings {
  const file = stringsFile(lang);
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    if (lang === referenceLocale) throw new Error(`${file}: the reference string file is missing`);
  }
  return parseStrings(source, file);
}

/** Keys the reference has and a language lacks; keys a language has that the reference lacks. */
export const compareStrings = (reference: Strings, other: Strings) => compareKeys(Object.keys(reference), Object.keys(other));

const cache = new Map<LocaleCode, Strings>();
const warned = new Set<string>();

/** Every string of a language, with English filling any gap (warned once per key). */
export function allStrings(lang: LocaleCode): Strings {
  const cached = cache.get(lang);
  if (cached) return cached;
  const reference = load(referenceLocale);
  const own = lang === referenceLocale ? reference : load(lang);
  const { missing, extra } = compareStrings(reference, own);
  for (const key of missing) warnOnce(`[strings] ${lang}: missing "${key}", using the English text`);
  for (const key of extra) warnOnce(`[strings] ${lang}: "${key}" is not in en.yaml and is ignored`);
  const merged = { ...reference };
  for (const [key, text] of Object.entries(own)) if (key in reference) merged[key] = text;
  cache.set(lang, merged);
  return merged;
}

function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The translate function for a language. An unknown key fails the build, naming the key. */
export function translator(lang: LocaleCode): Translate {
  const strings = allStrings(lang);
  return (key, values) => {
    const text = strings[key];
    if (text === undefined) throw new Error(`Unknown string key "${key}": add it to content/strings/en.yaml`);
    return format(text, values);
  };
}

/** The strings whose keys start with a prefix, for handing one slice to an island. */
export function stringSlice(lang: LocaleCode, prefix: string): Strings {
  const strings = allStrings(lang);
  return Object.fromEntries(Object.entries(strings).filter(([k]) => k.startsWith(prefix)));
}

