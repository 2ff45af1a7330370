/** Content Security Policy as the built pages carry it: parsing, hashing and the checks. */
import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { isJavaScript } from './budgets.ts';

export type Policy = Map<string, string[]>;

/** "script-src 'self' 'sha256-…'; style-src 'self'" → directive name → its sources. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The CSP source expression of inline content, e.g. 'sha256-…'. */
export function hashSource(content: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(content, 'utf8').digest('base64')}'`;
}

/** Does a list of sources allow inline content with this text (by one of its hashes)? */
export function allowsInline(sources: readonly string[], content: string): boolean {
  return (['sha256', 'sha384', 'sha512'] as const).some((algorithm) => sources.includes(hashSource(content, algorithm)));
}

/** The policy a page declares in <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(doc: HTMLElement): string | null {
  const meta = doc
    .querySelectorAll('meta[http-equiv]')
    .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.getAttribute('content') ?? null;
}

/** Everything in a page that its own meta CSP blocks or that weakens it, as sentences. */
export function cspProblems(path: string, doc: HTMLElement): string[] {
  const text = metaPolicy(doc);
  if (text === null) return [`${path}: no <meta http-equiv="content-security-policy">`];
  const policy = parsePolicy(text);
  const problems: string[] = [];
  const scriptSources = policy.get('script-src') ?? policy.get('default-src');
  const styleSources = policy.get('style-src') ?? policy.get('default-src');
  if (!scriptSources) problems.push(`${path}: the CSP has no script-src`);
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSources?.includes(weak)) problems.push(`${path}: script-src allows ${weak}`);
  }
  doc.querySelectorAll('script').forEach((script, i) => {
    if (!isJavaScript(script) || script.hasAttribute('src')) return;
    if (!allowsInline(scriptSources ?? [], script.textContent)) {
      problems.push(`${path}: inline script #${i + 1} (${script.textContent.slice(0, 40)}…) has no hash in script-src`);
    }
  });
  doc.querySelectorAll('style').forEach((style, i) => {
    if (styleSources && !styleSources.includes("'unsafe-inline'") && !allowsInline(styleSources, style.textContent)) {
      problems.push(`${path}: inline <style> #${i + 1} has no hash in style-src`);
    }
  });
  for (const element of doc.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower === 'style' && !(policy.get('style-src-attr') ?? []).includes("'unsafe-inline'")) {
        problems.push(`${path}: <${element.rawTagName} style="…"> is blocked by the CSP; use a class`);
      }
      if (/^on[a-z]+$/.test(lower)) problems.push(`${path}: <${element.rawTagName} ${name}> is an inline handler`);
    }
    for (const attribute of ['href', 'src', 'action', 'formaction']) {
      if (/^\s*javascript:/i.test(element.getAttribute(attribute) ?? '')) {
        problems.push(`${path}: <${element.rawTagName} ${attribute}="javascript:…">`);
      }
    }
  }
  return problems;
}
