import { format } from '../i18n/strings';

export interface PageCitation {
  /** Site name, as the author. */
  site: string;
  title: string;
  /** Canonical, absolute URL. */
  url: string;
  /** The article's date: its last update, else its publication. */
  date: Date;
  /** BCP 47 language of the article text. */
  lang: string;
  /** Key for BibTeX, e.g. "face-flows-sim-card-en". */
  key: string;
  /** The plain-text pattern from the string file: {site}, {title}, {date}, {url}. */
  template: string;
}

/** Characters that mean something to (La)TeX, escaped so they print as themselves. */
export function escapeBibtex(value: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    '#': '\\#',
    _: '\\_',
    $: '\\$',
    '^': '\\^{}',
    '~': '\\~{}',
  };
  return value.replace(/[\\{}%&#_$^~]/g, (c) => escapes[c] ?? c);
}

/** The plain-text citation, the date written out in the article's language. */
export function citeText(c: PageCitation): string {
  if (!c.template.includes('{title}')) throw new Error(`citePage.format "${c.template}" has no {title}`);
  const date = new Intl.DateTimeFormat(c.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(c.date);
  return format(c.template, { site: c.site, title: c.title, date, url: c.url });
}

/** A biblatex @online entry (also read by BibTeX styles that know url and date). */
export function citeBibtex(c: PageCitation): string {
  const iso = c.date.toISOString().slice(0, 10);
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(c.lang.split('-')[0] ?? c.lang);
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(c.site)}}`],
    ['title', escapeBibtex(c.title)],
    ['date', iso],
    ['year', iso.slice(0, 4)],
    ['url', c.url],
    ['langid', (language ?? c.lang).toLowerCase()],
  ];
  const key = c.key.replace(/[^A-Za-z0-9:_-]/g, '-');
  return `@online{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}
