import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, referenceLocale, type LocaleCode } from '../../src/i18n/locales';
import { compareGlossaries, parseGlossary, type GlossaryEntryData } from '../../src/lib/glossary-file';
import { glossaryItems, type GlossaryTable } from '../../src/lib/glossary';

const read = (lang: string) => {
  const file = `content/glossary/${lang}.yaml`;
  return parseGlossary(readFileSync(file, 'utf8'), file);
};
const reference = read(referenceLocale);

describe('the glossary files', () => {
  it('have at least 25 terms', () => {
    expect(reference.size).toBeGreaterThanOrEqual(25);
  });

  it.each(localeCodes.filter((l) => l !== referenceLocale))('%s.yaml has every id of en.yaml and no other', (lang) => {
    expect(compareGlossaries(reference, read(lang))).toEqual({ missing: [], extra: [] });
  });
});

describe('parseGlossary', () => {
  it.each([
    ['x:\n  term: X\n', 'f.yaml: "x" field "definition"'],
    ['x:\n  term: ""\n  definition: A long enough sentence.\n', 'f.yaml: "x" field "term"'],
    ['x:\n  term: X\n  definition: A long enough sentence.\n  note: y\n', 'f.yaml: "x" field "(entry)"'],
    ['Bad Id:\n  term: X\n  definition: A long enough sentence.\n', 'f.yaml: "Bad Id" is not a glossary id'],
    ['- a\n- b\n', 'f.yaml: expected a map of glossary ids'],
    ['x: [\n', 'f.yaml: not valid YAML'],
  ])('%j fails with %s', (source, message) => {
    expect(() => parseGlossary(source, 'f.yaml')).toThrow(message);
  });

  it('reads ids, terms and definitions', () => {
    const entries = parseGlossary('a-b:\n  term: T\n  definition: "Defined in a sentence."\n', 'f.yaml');
    expect([...entries]).toEqual([['a-b', { term: 'T', definition: 'Defined in a sentence.' }]]);
  });
});

const entry = (term: string): GlossaryEntryData => ({ term, definition: `${term} defined.` });
const table: GlossaryTable = new Map<LocaleCode, Map<string, GlossaryEntryData>>([
  ['en', new Map([['zeta', entry('zeta')], ['alpha', entry('Alpha')], ['umlaut', entry('Ölzweig')]])],
  ['de', new Map([['zeta', entry('Zeta')], ['umlaut', entry('Ölzweig')]])],
  ['zh', new Map([['zeta', entry('刷脸')], ['alpha', entry('门禁')], ['umlaut', entry('人像')]])],
]);

describe('glossaryItems', () => {
  it('sorts by the term in the page language', () => {
    expect(glossaryItems(table, 'de').map((i) => i.term)).toEqual(['Alpha', 'Ölzweig', 'Zeta']);
    // Pinyin order: mén, rén, shuā.
    expect(glossaryItems(table, 'zh').map((i) => i.term)).toEqual(['门禁', '人像', '刷脸']);
  });

  it('shows English, marked, where the language lacks an entry', () => {
    const alpha = glossaryItems(table, 'de').find((i) => i.id === 'alpha')!;
    expect(alpha).toMatchObject({ term: 'Alpha', textLang: 'en', isFallback: true });
    expect(glossaryItems(table, 'de').find((i) => i.id === 'zeta')).toMatchObject({ textLang: 'de', isFallback: false });
  });

  it('gives the term in every language, null where missing', () => {
    const alpha = glossaryItems(table, 'en').find((i) => i.id === 'alpha')!;
    expect(alpha.terms).toEqual([
      { lang: 'ko', term: null },
      { lang: 'zh', term: '门禁' },
      { lang: 'en', term: 'Alpha' },
      { lang: 'de', term: null },
    ]);
  });

  it('needs the reference glossary', () => {
    expect(() => glossaryItems(new Map(), 'de')).toThrow('content/glossary/en.yaml');
  });
});
