/** Glossary ids used in an MDX body by <Term id="…">, in order of first use. */
export function termIds(body: string): string[] {
  const ids: string[] = [];
  for (const [, id = ''] of body.matchAll(/<Term\s+id=["']([^"']*)["']\s*>/g)) {
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Fails naming the file and every id the glossary lacks, or a <Term> written without an id. */
export function checkTerms(body: string, knownIds: ReadonlySet<string>, file: string): void {
  const unknown = termIds(body).filter((id) => !knownIds.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new Error(`${file}: unknown glossary id ${list}; every <Term id> must be an id in content/glossary/en.yaml`);
  }
  const malformed = body.match(/<Term(?![^>]*\bid=["'][^"']+["'])[^>]*>/);
  if (malformed) throw new Error(`${file}: ${malformed[0]} has no id; write <Term id="glossary-id">text</Term>`);
}
