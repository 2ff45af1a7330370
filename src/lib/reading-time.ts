/**
 * Reading time, counted per script: Han and kana characters and Hangul syllables one by one,
 * other text in words. The rates are rough averages for adults reading non-fiction silently:
 * about 400 Chinese characters, 500 kana or Hangul syllables, 240 English and 200 German
 * words a minute (German words are longer); other languages use 220 words.
 */
export const rates = {
  han: 400,
  kana: 500,
  hangul: 500,
  words: { en: 240, de: 200 } as Record<string, number>,
  defaultWords: 220,
};

export interface TextCounts {
  han: number;
  kana: number;
  hangul: number;
  words: number;
}

/** Counts CJK characters by script and the remaining text by words. */
export function countText(text: string): TextCounts {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ');
  const words = rest.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { han, kana, hangul, words };
}

/** Whole minutes to read a text in a language (BCP 47 code), never less than one. */
export function readingMinutes(text: string, lang: string): number {
  const { han, kana, hangul, words } = countText(text);
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const wpm = rates.words[primary] ?? rates.defaultWords;
  const minutes = han / rates.han + kana / rates.kana + hangul / rates.hangul + words / wpm;
  return Math.max(1, Math.round(minutes));
}

/** The prose of an MDX body: without frontmatter, import lines, JSX tags, URLs and markdown marks. */
export function mdxText(body: string): string {
  return body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[A-Za-z][^>]*\/>|<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~]+/g, ' ');
}

/** "7 minutes", "7분", "7分钟", "7 Minuten": the number and unit in the page's language. */
export function formatMinutes(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
