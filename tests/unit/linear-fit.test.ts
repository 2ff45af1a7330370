import { describe, expect, it } from 'vitest';
import { linearFit } from '../bench/fit';

describe('linearFit', () => {
  it('finds the line through points on a line', () => {
    const fit = linearFit([
      [50, 2_000 + 50 * 8],
      [126, 2_000 + 126 * 8],
      [226, 2_000 + 226 * 8],
    ]);
    expect(fit.slope).toBeCloseTo(8);
    expect(fit.intercept).toBeCloseTo(2_000);
    expect(fit.r2).toBeCloseTo(1);
  });

  it('tells a curve from a line', () => {
    expect(linearFit([1, 2, 3, 4, 5, 6, 7].map((x) => [x, 2 ** x])).r2).toBeLessThan(0.95);
  });
});
