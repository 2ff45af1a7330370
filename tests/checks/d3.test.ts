import { describe, expect, it } from 'vitest';
import { d3Dependencies, d3ImportsIn, fullD3Markers } from './d3.ts';

describe('d3Dependencies', () => {
  it('tells the full bundle from modules in any dependency field', () => {
    expect(d3Dependencies({ dependencies: { d3: '^7' }, devDependencies: { 'd3-shape': '^3', 'd3-scale': '^4', svelte: '^5' } })).toEqual({
      full: ['d3'],
      modules: ['d3-scale', 'd3-shape'],
    });
  });
});

describe('d3ImportsIn', () => {
  it('names the package of every import form', () => {
    const code = `import * as d3 from 'd3';\nimport { line } from "d3-shape";\nimport 'd3-transition';\nconst m = await import('d3/dist/d3.js');\nexport { scaleLinear } from 'd3-scale';`;
    expect(d3ImportsIn(code)).toEqual(['d3', 'd3-shape', 'd3-transition', 'd3', 'd3-scale']);
  });
});

describe('fullD3Markers', () => {
  it('finds what only selection, transition, zoom, brush, drag and fetch carry', () => {
    // Checked against d3@7 bundled whole (all six) and d3-shape + d3-scale alone (none).
    const full = 'n.__data__=t;e.__transition;on("wheel.zoom",f);this.__brush;on("mousedown.drag",g);parser("image/svg+xml");new DOMParser().parseFromString(t,e)';
    expect(fullD3Markers(full)).toEqual(['d3-selection', 'd3-transition', 'd3-zoom', 'd3-brush', 'd3-drag', 'd3-fetch']);
    expect(fullD3Markers('function line(){return path}var pi=Math.PI,tau=2*pi;')).toEqual([]);
  });
});
