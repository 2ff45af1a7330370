/**
 * The JavaScript a page loads: its scripts, its islands and everything they import
 * statically, followed through the built files.
 */

/** Specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"` in built code. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const [, specifier] of code.matchAll(pattern)) if (specifier) found.add(specifier);
  return [...found];
}

/** A specifier resolved against the URL path of the module that imports it. */
export function resolveImport(specifier: string, from: string): string {
  if (/^[a-z]+:/i.test(specifier)) return specifier;
  return new URL(specifier, `http://site${from}`).pathname;
}

/**
 * Every module reachable from the entries by static imports, entries first.
 * `read` returns a module's code, or null when it is not a file of the site (it is then kept,
 * unread, so that the caller can report it).
 */
export function moduleGraph(entries: readonly string[], read: (url: string) => string | null): string[] {
  const seen: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.includes(url)) continue;
    seen.push(url);
    const code = read(url);
    if (code === null) continue;
    for (const specifier of staticImports(code)) queue.push(resolveImport(specifier, url));
  }
  return seen;
}
