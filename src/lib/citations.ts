/** Source ids cited in an MDX body, in order of first citation (that order numbers them). */
export function citedIds(body: string): string[] {
  const ids: string[] = [];
  for (const [, id = ''] of body.matchAll(/<Cite\s+id=["']([^"']*)["']\s*\/>/g)) {
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Numbers every cited id; fails naming the file and every id the bibliography lacks. */
export function numberCitations(body: string, knownIds: ReadonlySet<string>, file: string): Map<string, number> {
  const ids = citedIds(body);
  const unknown = ids.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new Error(`${file}: unknown citation id ${list}; every <Cite id> must be an id in content/sources.yaml`);
  }
  const malformed = body.match(/<Cite(?![^>]*\bid=["'][^"']+["'])[^>]*>/);
  if (malformed) throw new Error(`${file}: ${malformed[0]} has no id; write <Cite id="source-id" />`);
  return new Map(ids.map((id, index) => [id, index + 1]));
}
