// The stories as content: every article in every language, cited, with its widget and key facts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes, referenceLocale } from '../../src/i18n/locales';
import { citedIds } from '../../src/lib/citations';

const dir = 'content/articles';
const slugs = readdirSync(dir);
const sourceIds = new Set((parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id));
const read = (slug: string, lang: string) => readFileSync(join(dir, slug, `${lang}.mdx`), 'utf8');
const frontmatter = (text: string) => parse(text.split('---')[1] ?? '') as Record<string, unknown>;
const body = (text: string) => text.split('---').slice(2).join('---');

it('has the six stories', () => {
  expect(slugs.sort()).toEqual(
    ['checkpoints', 'consent-and-law', 'face-payment', 'metro-gates', 'residential-gates', 'sim-card'].sort(),
  );
});

describe.each(slugs)('%s', (slug) => {
  it('exists in every language (no fallback)', () => {
    expect(readdirSync(join(dir, slug)).sort()).toEqual(localeCodes.map((l) => `${l}.mdx`).sort());
  });

  describe.each(localeCodes)('in %s', (lang) => {
    const text = read(slug, lang);
    const { scenario } = frontmatter(text);

    it('cites at least 6 sources, all in the bibliography', () => {
      const ids = citedIds(text);
      expect(ids.length).toBeGreaterThanOrEqual(6);
      expect(ids.filter((id) => !sourceIds.has(id))).toEqual([]);
    });

    it('embeds the flow scenario it is about, once, and has a key-facts box', () => {
      expect(body(text).match(/<FlowWidget scenario="(\w+)" \/>/g)).toEqual([`<FlowWidget scenario="${scenario}" />`]);
      expect(body(text)).toMatch(/<KeyFacts>[\s\S]+<\/KeyFacts>/);
    });
  });

  it('is 900–1,600 words long in English', () => {
    const words = body(read(slug, referenceLocale))
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w));
    expect(words.length).toBeGreaterThanOrEqual(900);
    expect(words.length).toBeLessThanOrEqual(1600);
  });
});

describe('the glossary', () => {
  const glossary = Object.fromEntries(
    localeCodes.map((l) => [l, parse(readFileSync(`content/glossary/${l}.yaml`, 'utf8')) as Record<string, { term: string; definition: string }>]),
  );
  const ids = Object.keys(glossary[referenceLocale] ?? {});

  it('has at least 25 terms', () => expect(ids.length).toBeGreaterThanOrEqual(25));

  it.each(localeCodes)('has every term with a definition in %s', (lang) => {
    const entries = glossary[lang] ?? {};
    expect(Object.keys(entries).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(entries[id]?.term.trim(), `${lang} ${id}`).toBeTruthy();
      expect(entries[id]?.definition.trim().length, `${lang} ${id}`).toBeGreaterThan(10);
    }
  });
});
