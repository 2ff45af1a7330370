import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { localeCodes, referenceLocale } from '../i18n/locales';
import { contentDir } from './content-dir';
import { compareGlossaries, parseGlossary } from './glossary-file';

/**
 * Loads content/glossary/{lang}.yaml for every language as entries "{lang}/{id}".
 * English is the reference: an id another language lacks is left to the page's
 * English fallback (with a warning); an id English lacks fails the build.
 */
export function glossaryLoader(): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store, parseData, logger }) => {
      store.clear();
      const files = localeCodes.map((lang) => ({ lang, path: join(contentDir, 'glossary', `${lang}.yaml`) }));
      const read = (path: string) => parseGlossary(readFileSync(path, 'utf8'), relative(process.cwd(), path));
      const reference = read(files.find((f) => f.lang === referenceLocale)!.path);
      for (const { lang, path } of files) {
        const name = relative(process.cwd(), path);
        if (!existsSync(path)) {
          logger.warn(`${name} is missing: the ${lang} glossary shows the English entries`);
          continue;
        }
        const entries = lang === referenceLocale ? reference : read(path);
        const { missing, extra } = compareGlossaries(reference, entries);
        if (extra.length > 0) {
          throw new Error(`${name}: ${extra.map((id) => `"${id}"`).join(', ')} not in the reference ${referenceLocale}.yaml`);
        }
        for (const id of missing) logger.warn(`${name}: no entry "${id}", the English one is shown`);
        for (const [id, entry] of entries) {
          const key = `${lang}/${id}`;
          store.set({ id: key, data: await parseData({ id: key, data: { ...entry }, filePath: name }), filePath: name });
        }
      }
    },
  };
}
