import { describe, expect, it } from 'vitest';
import { moduleGraph, resolveImport, staticImports } from './module-graph.ts';

describe('staticImports', () => {
  it.each([
    ['import{a as e,b as t}from"./client.B2.js";var x=1;', ['./client.B2.js']],
    ['import"./side.js";import * as d from "./d.js"', ['./side.js', './d.js']],
    ['export{x}from"./re.js";export*from"./all.js"', ['./re.js', './all.js']],
    ['const m=import("./lazy.js");let s="import x from y"', []],
    ['import{a}from"./a.js";import{b}from"./a.js"', ['./a.js']],
  ])('%s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('resolveImport', () => {
  it.each([
    ['./chunk.js', '/_astro/Flow.js', '/_astro/chunk.js'],
    ['../x.js', '/_astro/sub/a.js', '/_astro/x.js'],
    ['/pagefind/pagefind.js', '/en/search/', '/pagefind/pagefind.js'],
  ])('%s from %s', (specifier, from, expected) => {
    expect(resolveImport(specifier, from)).toBe(expected);
  });
});

describe('moduleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'import{x}from"./shared.js";import"./b.js";',
    '/_astro/b.js': 'import{y}from"./shared.js";',
    '/_astro/shared.js': 'export const x=1,y=2;',
  };
  it('follows static imports once each, entries first, and keeps files it cannot read', () => {
    expect(moduleGraph(['/_astro/a.js', '/_astro/missing.js'], (u) => files[u] ?? null)).toEqual([
      '/_astro/a.js',
      '/_astro/missing.js',
      '/_astro/shared.js',
      '/_astro/b.js',
    ]);
  });
});
