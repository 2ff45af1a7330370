/**
 * The response headers the site ships for static hosts (public/_headers, in the format of
 * Netlify and Cloudflare Pages) and the nginx snippet in the README: parsing and matching.
 */
import { parsePolicy } from './csp.ts';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a _headers file: a URL pattern at the start of a line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${file}:${i + 1}: a rule must start with a path, got "${line}"`);
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`${file}:${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

/** Netlify/Cloudflare path matching: `*` matches anything (slashes too), `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Every value each header gets on a path when all matching rules apply (as both hosts do). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result.set(key, [...(result.get(key) ?? []), value]);
    }
  }
  return result;
}

/** Directives a header CSP must leave to the per-page meta CSP, which holds the script and style hashes. */
export const metaOnlyDirectives = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
];

/** What is wrong with the headers a page path gets; `embed` pages may be framed by any site. */
export function headerProblems(path: string, headers: Map<string, string[]>, embed: boolean): string[] {
  const problems: string[] = [];
  const one = (name: string) => {
    const values = headers.get(name) ?? [];
    if (values.length !== 1) problems.push(`${path}: ${values.length} ${name} headers (rules matching it: want exactly 1)`);
    return values[0] ?? '';
  };
  const csp = parsePolicy(one('content-security-policy'));
  const ancestors = csp.get('frame-ancestors')?.join(' ');
  if (embed && ancestors !== undefined) {
    problems.push(`${path}: an embed has frame-ancestors "${ancestors}"; leave it out so that any host, sandboxed too, can frame it`);
  }
  if (!embed && ancestors !== "'self'") problems.push(`${path}: frame-ancestors is "${ancestors ?? '(none)'}", want "'self'"`);
  if (embed) problems.push(...corsProblems(path, headers));
  for (const directive of metaOnlyDirectives) {
    if (csp.has(directive)) problems.push(`${path}: the header CSP has ${directive}, which would block the hashed scripts and styles`);
  }
  if (one('x-content-type-options').toLowerCase() !== 'nosniff') problems.push(`${path}: X-Content-Type-Options is not nosniff`);
  if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(one('referrer-policy'))) {
    problems.push(`${path}: Referrer-Policy should not leak paths to other sites`);
  }
  const permissions = one('permissions-policy');
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    if (!new RegExp(`(^|,)\\s*${feature}=\\(\\)\\s*(,|$)`).test(permissions)) {
      problems.push(`${path}: Permissions-Policy does not deny ${feature} (want "${feature}=()")`);
    }
  }
  return problems;
}

/**
 * An embed in a host's sandboxed iframe has an opaque origin, so its module scripts and data
 * are cross-origin requests: they need Access-Control-Allow-Origin.
 */
export function corsProblems(path: string, headers: Map<string, string[]>): string[] {
  const values = headers.get('access-control-allow-origin') ?? [];
  return values.length === 1 && values[0] === '*'
    ? []
    : [`${path}: Access-Control-Allow-Origin is ${JSON.stringify(values)}, want exactly "*" (embeds in sandboxed iframes load it)`];
}

export interface NginxHeaders {
  /** add_header lines at server level. */
  server: Map<string, string>;
  /** add_header lines of each location block, by its match ("~ ^/[^/]+/embed/"). */
  locations: Map<string, Map<string, string>>;
}

/** The add_header lines of the ```nginx block in the README, by level. */
export function parseNginxSnippet(markdown: string): NginxHeaders {
  const block = /```nginx\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error('README.md: no ```nginx block in the Deploying section');
  const result: NginxHeaders = { server: new Map(), locations: new Map() };
  let current = result.server;
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    const location = /^location\s+(.+?)\s*\{$/.exec(line);
    if (location) {
      current = new Map();
      result.locations.set(location[1]!, current);
    } else if (line === '}') {
      current = result.server;
    } else {
      const header = /^add_header\s+([\w-]+)\s+"([^"]*)"\s+always;$/.exec(line);
      if (header) current.set(header[1]!.toLowerCase(), header[2]!);
    }
  }
  return result;
}
