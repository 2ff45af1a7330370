import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of the built site, as URL paths ("/", "/en/", "/en/articles/sim-card/", "/404.html"). */
export function builtPages(dist = process.env.FACE_FLOWS_OUT ?? 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name.startsWith('_') || name === 'pagefind' ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dist)
    .map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''))
    .sort();
}
