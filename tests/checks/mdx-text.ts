/** What a reader should see of an MDX article body: its headings, paragraphs and amount of text. */
export interface MdxOutline {
  headings: string[];
  paragraphs: number;
  /** Characters other than whitespace, so that languages with and without spaces compare alike. */
  chars: number;
}

/** Markdown inline syntax and JSX tags removed, the words kept. */
export function inlineText(markdown: string): string {
  const escaped: string[] = [];
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, (_, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/<[A-Z][\w.]*\b[^>]*\/>/g, '') // <Cite id="x" />, <FlowWidget … />
    .replace(/<\/?[A-Za-z][\w.-]*\b[^>]*>/g, '') // <span lang="…">, <KeyFacts>, </Term>: keep what is inside
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)]!);
}

const count = (text: string) => text.replace(/\s+/g, '').length;

export function mdxOutline(source: string): MdxOutline {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n');
  const headings: string[] = [];
  let paragraphs = 0;
  let chars = 0;
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(lines[0]!.trim());
    if (heading && lines.length === 1) {
      const text = inlineText(heading[2]!).trim();
      headings.push(text);
      chars += count(text);
      continue;
    }
    const isList = lines.every((l) => /^\s*([-*+]|\d+[.)])\s+/.test(l) || /^\s{2,}\S/.test(l));
    const isTable = lines.every((l) => /^\s*\|/.test(l));
    const plain = isTable
      ? lines.filter((l) => !/^[\s|:-]+$/.test(l)).map((l) => l.replace(/\|/g, ' '))
      : lines.map((l) => l.replace(/^\s*(>\s?)+/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
    const text = inlineText(plain.join('\n')).trim();
    if (text === '') continue;
    chars += count(text);
    if (!isList && !isTable) paragraphs++;
  }
  return { headings, paragraphs, chars };
}
