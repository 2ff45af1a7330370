// Only the d3 modules a widget uses, never the whole `d3` bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { d3Dependencies, fullD3Markers, sourceImportsOfD3 } from './d3.ts';
import { builtAssets, distDir } from './site.ts';

describe('d3', () => {
  it('no full d3 in package.json or in the source, only its modules', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = d3Dependencies(pkg);
    const imports = sourceImportsOfD3('src');
    console.log(`d3 modules in package.json: ${deps.modules.join(', ') || 'none'}; imported in src: ${[...new Set(imports.map((i) => i.module))].join(', ') || 'none'}`);
    expect(deps.full).toEqual([]);
    expect(imports.filter((i) => i.module === 'd3')).toEqual([]);
  });

  it('no built JavaScript carries the full d3 bundle', () => {
    const scripts = builtAssets(['.js', '.mjs']);
    const full = scripts.flatMap((url) => {
      const markers = fullD3Markers(readFileSync(join(distDir, url), 'utf8'));
      return markers.length >= 2 ? [`${url}: ${markers.join(', ')}`] : [];
    });
    console.log(`Built JavaScript: ${scripts.length} files, ${full.length} with the full d3 bundle`);
    expect(full).toEqual([]);
  });
});
