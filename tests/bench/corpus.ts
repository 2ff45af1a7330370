// A generated corpus for the build benchmark, in a temporary copy of the project: its
// content/ holds the real articles repeated (same text, own slug) up to the wanted number.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'screenshots']);

/** Copies the project (sources, content, config; node_modules linked) into `dest`. */
export function copyProject(root: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(root)) {
    if (!skipped.has(name)) cpSync(join(root, name), join(dest, name), { recursive: true });
  }
  symlinkSync(resolve(root, 'node_modules'), join(dest, 'node_modules'));
}

/** Makes the reading order in src/lib/articles.ts (a copy of it) list exactly these slugs. */
export function setArticleOrder(project: string, slugs: readonly string[]): void {
  const file = join(project, 'src/lib/articles.ts');
  const source = readFileSync(file, 'utf8');
  const pattern = /export const articleOrder = \[[\s\S]*?\] as const;/;
  if (!pattern.test(source)) {
    throw new Error(`${file}: no "export const articleOrder = [...] as const;" to give the generated articles a reading order`);
  }
  writeFileSync(file, source.replace(pattern, `export const articleOrder = ${JSON.stringify(slugs)} as const;`));
}

/** Copies `content` to `dest` with exactly `count` article folders; returns their slugs. */
export function generateCorpus(content: string, dest: string, count: number): string[] {
  rmSync(dest, { recursive: true, force: true });
  cpSync(content, dest, { recursive: true });
  const articles = join(dest, 'articles');
  const originals = readdirSync(articles).sort();
  const slugs: string[] = [];
  for (let i = 0; i < Math.max(count, originals.length); i++) {
    const original = originals[i % originals.length]!;
    if (i >= count) {
      rmSync(join(articles, original), { recursive: true });
      continue;
    }
    const slug = i < originals.length ? original : `${original}-${Math.floor(i / originals.length) + 1}`;
    slugs.push(slug);
    if (slug === original) continue;
    mkdirSync(join(articles, slug));
    for (const file of readdirSync(join(articles, original))) {
      const text = readFileSync(join(articles, original, file), 'utf8');
      // Links to other articles (../slug/) still lead to the originals, which stay in the corpus.
      writeFileSync(join(articles, slug, file), text.replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t} (${slug})"`));
    }
  }
  return slugs;
}
