// How build time grows with the number of pages.

/** Least-squares line through (x, y) points, with its coefficient of determination. */
export function linearFit(points: [number, number][]): { slope: number; intercept: number; r2: number } {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssRes = points.reduce((a, [x, y]) => a + (y - intercept - slope * x) ** 2, 0);
  const ssTot = points.reduce((a, [, y]) => a + (y - my) ** 2, 0);
  return { slope, intercept, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}
