import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeCodes, referenceLocale } from '../../src/i18n/locales';
import { compareStrings, format, parseStrings } from '../../src/i18n/strings';

const read = (lang: string) => {
  const file = `content/strings/${lang}.yaml`;
  return parseStrings(readFileSync(file, 'utf8'), file);
};
const reference = read(referenceLocale);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(localeCodes.filter((l) => l !== referenceLocale))('content/strings/%s.yaml', (lang) => {
  const strings = read(lang);

  it('has every key of en.yaml and no other', () => {
    expect(compareStrings(reference, strings)).toEqual({ missing: [], extra: [] });
  });

  it('keeps the placeholders of every English string', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(reference[key] ?? ''));
    }
  });
});

describe('keys used in the code', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(astro|ts|svelte)$/.test(name) ? [path] : [];
    });

  it('all exist in en.yaml', () => {
    const used = files('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => ({ file, key: m[1] ?? '' })),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ key }) => !(key in reference))).toEqual([]);
  });
});

describe('parseStrings', () => {
  it('names the file and the key of an empty or non-text value', () => {
    expect(() => parseStrings('a: x\nb: ""\n', 'de.yaml')).toThrow('de.yaml: key "b" must be a non-empty string');
    expect(() => parseStrings('a:\n  nested: x\n', 'ko.yaml')).toThrow('ko.yaml: key "a"');
  });

  it('names the file of broken YAML', () => {
    expect(() => parseStrings('a: {date} x\n', 'zh.yaml')).toThrow(/^zh\.yaml: not valid YAML/);
  });

  it('reads an empty file as no strings', () => {
    expect(parseStrings('', 'x.yaml')).toEqual({});
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('Step {n} of {total}', { n: 2, total: 7 })).toBe('Step 2 of 7');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => format('Hello {name}')).toThrow('No value for {name} in "Hello {name}"');
  });
});

describe('a language missing a key', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('falls back to English and warns naming the language and the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strings-'));
    mkdirSync(join(dir, 'strings'));
    writeFileSync(join(dir, 'strings', 'en.yaml'), 'nav.home: Home\nnav.about: About\n');
    writeFileSync(join(dir, 'strings', 'de.yaml'), 'nav.home: Start\n');
    vi.stubEnv('FACE_FLOWS_CONTENT', dir);
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { translator } = await import('../../src/i18n/strings');
    const t = translator('de');
    expect(t('nav.home')).toBe('Start');
    expect(t('nav.about')).toBe('About');
    expect(warn).toHaveBeenCalledWith('[strings] de: missing "nav.about", using the English text');
    expect(() => t('nav.nowhere')).toThrow('Unknown string key "nav.nowhere"');
  });
});
