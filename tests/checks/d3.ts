/** Finds the full `d3` bundle: as a dependency, an import, or in the built JavaScript. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dependencyFields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** The `d3` entries (full bundle) and the `d3-*` modules a package.json depends on. */
export function d3Dependencies(pkg: Record<string, Record<string, string> | undefined>) {
  const names = dependencyFields.flatMap((field) => Object.keys(pkg[field] ?? {}));
  return { full: names.filter((n) => n === 'd3'), modules: names.filter((n) => n.startsWith('d3-')).sort() };
}

/** The d3 package named by each import/export-from in a source text ("d3", "d3-shape"…). */
export function d3ImportsIn(code: string): string[] {
  const pattern = /(?:from|import)\s*\(?\s*["'](d3(?:-[a-z0-9-]+)?)(?:\/[^"']*)?["']/g;
  return [...code.matchAll(pattern)].map((m) => m[1]!);
}

/** Every d3 import in the source files under a folder. */
export function sourceImportsOfD3(dir: string): { file: string; module: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(ts|js|mjs|svelte|astro|mdx)$/.test(name) ? [path] : [];
    });
  return walk(dir).flatMap((file) => d3ImportsIn(readFileSync(file, 'utf8')).map((module) => ({ file, module })));
}

/**
 * Strings that survive minification and belong to d3 modules a widget that only computes
 * never needs (selection, transition, zoom, brush, drag, fetch). Two or more in one file
 * mean the whole bundle was pulled in.
 */
const markers: [module: string, pattern: RegExp][] = [
  ['d3-selection', /__data__/],
  ['d3-transition', /__transition/],
  ['d3-zoom', /wheel\.zoom|__zoom/],
  ['d3-brush', /__brush|\.brush["'`]/],
  ['d3-drag', /mousedown\.drag/],
  ['d3-fetch', /["'`]image\/svg\+xml["'`][\s\S]{0,400}parseFromString|parseFromString[\s\S]{0,400}["'`]image\/svg\+xml["'`]/],
];

export function fullD3Markers(code: string): string[] {
  return markers.filter(([, pattern]) => pattern.test(code)).map(([module]) => module);
}
