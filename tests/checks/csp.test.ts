import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowsInline, cspProblems, hashSource, parsePolicy } from './csp.ts';
import { parseHtml } from './site.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  parseHtml(`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`);

describe('parsePolicy', () => {
  it('reads directives and their sources; the first of a repeated directive counts', () => {
    const policy = parsePolicy("script-src 'self' 'sha256-x'; style-src 'self';script-src *;");
    expect(Object.fromEntries(policy)).toEqual({ 'script-src': ["'self'", "'sha256-x'"], 'style-src': ["'self'"] });
  });
});

describe('hashes', () => {
  it('match the browser\'s source expression', () => {
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(allowsInline(["'self'", sha('x=1')], 'x=1')).toBe(true);
    expect(allowsInline(["'self'"], 'x=1')).toBe(false);
  });
});

describe('cspProblems', () => {
  it('accepts a page whose inline script and style are hashed', () => {
    const doc = page(`script-src 'self' ${sha('go()')}; style-src 'self' ${sha('p{}')}`, '<script>go()</script><style>p{}</style><script type="application/ld+json">{}</script>');
    expect(cspProblems('/en/', doc)).toEqual([]);
  });

  it('names what is missing or weak', () => {
    const doc = page(
      "script-src 'self' 'unsafe-inline'; style-src 'self'",
      '<script>go()</script><style>p{}</style><p style="color:red" onclick="x()"><a href="javascript:void 0">x</a></p>',
    );
    expect(cspProblems('/en/', doc)).toEqual([
      "/en/: script-src allows 'unsafe-inline'",
      '/en/: inline script #1 (go()…) has no hash in script-src',
      '/en/: inline <style> #1 has no hash in style-src',
      '/en/: <p style="…"> is blocked by the CSP; use a class',
      '/en/: <p onclick> is an inline handler',
      '/en/: <a href="javascript:…">',
    ]);
  });

  it('reports a page with no policy', () => {
    expect(cspProblems('/x/', parseHtml('<html><head></head></html>'))).toEqual(['/x/: no <meta http-equiv="content-security-policy">']);
  });
});
