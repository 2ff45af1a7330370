// Byte budgets of the built site, per page type; prints the table and every island's share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleGoal,
  articleLimit,
  budgetFailures,
  cssBytes,
  islandShares,
  jsBytes,
  measurePage,
  type PageBudget,
} from './budgets.ts';
import { budgetedTypes } from './page-types.ts';
import { fileForPath, loadPages } from './site.ts';
import { kb, table } from './table.ts';

const read = (url: string) => {
  const file = url.startsWith('/') ? fileForPath(url) : null;
  return file ? readFileSync(file, 'utf8') : null;
};
const missing: string[] = [];
const budgets: PageBudget[] = loadPages().map((page) =>
  measurePage(page, read, (url, from) => missing.push(`${from}: loads ${url}, which is not in the build`)),
);

/** Pages with the same figures on one line: "/en/articles/a/ and 22 more". */
function grouped(pages: PageBudget[], describe: (b: PageBudget) => string): [string, string][] {
  const groups = new Map<string, string[]>();
  for (const b of pages) groups.set(describe(b), [...(groups.get(describe(b)) ?? []), b.path]);
  return [...groups].map(([line, paths]) => [line, paths.length > 1 ? `${paths[0]} and ${paths.length - 1} more` : paths[0]!]);
}

describe('budgets', () => {
  it('prints gzip bytes of HTML, blocking CSS and JavaScript per page type', () => {
    const types = [...new Set([...budgetedTypes, ...budgets.map((b) => b.type)])];
    const rows = types.flatMap((type) => {
      const pages = budgets.filter((b) => b.type === type);
      if (pages.length === 0) return [];
      const max = (f: (b: PageBudget) => number) => Math.max(...pages.map(f));
      const biggest = pages.reduce((a, b) => (b.html + cssBytes(b) + jsBytes(b) > a.html + cssBytes(a) + jsBytes(a) ? b : a));
      return [[type, pages.length, max((b) => b.html), max(cssBytes), max((b) => b.html + cssBytes(b)), max(jsBytes), biggest.path]];
    });
    console.log(`\nBudgets (gzip -9 bytes, largest page of each type)\n${table(['type', 'pages', 'HTML', 'CSS', 'HTML+CSS', 'JS', 'largest page'], rows)}`);
    const absent = budgetedTypes.filter((type) => !budgets.some((b) => b.type === type));
    if (absent.length > 0) console.log(`Page types not built yet: ${absent.join(', ')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('every file a page loads is in the build', () => {
    expect([...new Set(missing)]).toEqual([]);
  });

  it(`keeps every article's HTML + render-blocking CSS within ${articleLimit / 1024} KB gzip`, () => {
    const articles = budgets.filter((b) => b.type === 'article');
    expect(articles.length).toBeGreaterThan(0);
    const worst = articles.reduce((a, b) => (b.html + cssBytes(b) > a.html + cssBytes(a) ? b : a));
    const total = worst.html + cssBytes(worst);
    const distance = total - articleGoal;
    console.log(
      `Article first paint: largest ${worst.path} = ${total} B (${kb(total)}: HTML ${worst.html} + CSS ${cssBytes(worst)}, ` +
        `${worst.css.length} stylesheet request(s)); ${distance > 0 ? `${distance} B over` : `${-distance} B under`} the 14 KB goal, ` +
        `limit ${articleLimit} B`,
    );
    expect(articles.flatMap(budgetFailures).filter((f) => f.includes('blocking CSS'))).toEqual([]);
  });

  it('ships JavaScript only for widgets, the language redirect and search', () => {
    for (const [line, paths] of grouped(budgets.filter((b) => b.js.length > 0), (b) => {
      const purposes = [...new Set(b.js.map((j) => j.purpose))].join(', ');
      return `${jsBytes(b)} B gzip (${purposes})`;
    })) {
      console.log(`JS ${line}: ${paths}`);
    }
    expect(budgets.flatMap(budgetFailures).filter((f) => f.includes('not for a widget'))).toEqual([]);
  });

  it('keeps a page with one widget within 40 KB gzip of JavaScript, and prints each island\'s share', () => {
    const withIslands = budgets.filter((b) => b.islands.length > 0);
    if (withIslands.length === 0) console.log('No page has a widget island yet.');
    for (const [line, paths] of grouped(withIslands, (b) => {
      const shares = [...islandShares(b)].map(([name, bytes]) => `${name} ${bytes} B`).join(' + ');
      return `${b.islands.length} island(s), JS ${jsBytes(b)} B gzip = ${shares}`;
    })) {
      console.log(`${line}: ${paths}`);
    }
    expect(budgets.flatMap(budgetFailures).filter((f) => f.includes('one widget'))).toEqual([]);
  });
});
