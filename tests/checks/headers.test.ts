import { describe, expect, it } from 'vitest';
import { corsProblems, headerProblems, headersFor, parseHeadersFile, parseNginxSnippet, patternMatches } from './headers.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=()

/:lang/
  Content-Security-Policy: frame-ancestors 'self'; object-src 'none'
/:lang/articles/*
  Content-Security-Policy: frame-ancestors 'self'; object-src 'none'
/:lang/embed/*
  Access-Control-Allow-Origin: *
  Content-Security-Policy: object-src 'none'
`;
const rules = parseHeadersFile(file);

describe('parseHeadersFile', () => {
  it('reads paths and their headers, skipping comments and blank lines', () => {
    expect(rules.map((r) => [r.pattern, r.headers.length])).toEqual([
      ['/*', 3],
      ['/:lang/', 1],
      ['/:lang/articles/*', 1],
      ['/:lang/embed/*', 2],
    ]);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseHeadersFile('/*\n  no colon here')).toThrow('_headers:2');
    expect(() => parseHeadersFile('  X-A: b')).toThrow('_headers:1');
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/anything/at/all/', true],
    ['/:lang/', '/en/', true],
    ['/:lang/', '/en/about/', false],
    ['/:lang/embed/*', '/de/embed/flow/', true],
    ['/:lang/embed/*', '/de/articles/embed/', false],
    ['/404.html', '/404.html', true],
    ['/404.html', '/404xhtml', false],
  ])('%s ~ %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor and headerProblems', () => {
  it('passes pages with one CSP each, framing open only for embeds', () => {
    expect(headerProblems('/en/articles/a/', headersFor(rules, '/en/articles/a/'), false)).toEqual([]);
    expect(headerProblems('/en/embed/flow/', headersFor(rules, '/en/embed/flow/'), true)).toEqual([]);
  });

  it('finds a page no CSP rule covers, and two rules that would combine', () => {
    expect(headerProblems('/en/teach/', headersFor(rules, '/en/teach/'), false)).toEqual([
      '/en/teach/: 0 content-security-policy headers (rules matching it: want exactly 1)',
      `/en/teach/: frame-ancestors is "(none)", want "'self'"`,
    ]);
    const overlapping = [...rules, ...parseHeadersFile("/*\n  Content-Security-Policy: frame-ancestors 'self'")];
    expect(headerProblems('/en/embed/flow/', headersFor(overlapping, '/en/embed/flow/'), true)[0]).toContain('2 content-security-policy headers');
  });

  it('wants embeds open to CORS', () => {
    expect(corsProblems('/en/embed/flow/sim.json', headersFor(rules, '/en/embed/flow/sim.json'))).toEqual([]);
    expect(corsProblems('/_astro/a.js', headersFor(rules, '/_astro/a.js'))).toEqual([
      '/_astro/a.js: Access-Control-Allow-Origin is [], want exactly "*" (embeds in sandboxed iframes load it)',
    ]);
  });

  it('refuses a header CSP that would block the hashed scripts, and missing privacy headers', () => {
    const bad = parseHeadersFile("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n  Permissions-Policy: camera=()");
    expect(headerProblems('/en/', headersFor(bad, '/en/'), false)).toEqual([
      '/en/: the header CSP has default-src, which would block the hashed scripts and styles',
      '/en/: 0 x-content-type-options headers (rules matching it: want exactly 1)',
      '/en/: X-Content-Type-Options is not nosniff',
      '/en/: 0 referrer-policy headers (rules matching it: want exactly 1)',
      '/en/: Referrer-Policy should not leak paths to other sites',
      '/en/: Permissions-Policy does not deny microphone (want "microphone=()")',
      '/en/: Permissions-Policy does not deny geolocation (want "geolocation=()")',
    ]);
  });
});

describe('parseNginxSnippet', () => {
  it('reads add_header lines by level', () => {
    const readme = [
      '```nginx',
      'server {',
      '    add_header Referrer-Policy "no-referrer" always;',
      '    location / {',
      '        try_files $uri $uri/ =404;',
      '    }',
      '    location ~ ^/[^/]+/embed/ {',
      '        add_header Content-Security-Policy "object-src \'none\'" always;',
      '    }',
      '}',
      '```',
    ].join('\n');
    const nginx = parseNginxSnippet(readme);
    expect(Object.fromEntries(nginx.server)).toEqual({ 'referrer-policy': 'no-referrer' });
    expect(Object.fromEntries(nginx.locations.get('~ ^/[^/]+/embed/')!)).toEqual({ 'content-security-policy': "object-src 'none'" });
  });
});
