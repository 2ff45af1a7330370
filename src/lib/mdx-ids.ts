/** Ids an MDX body gives a component (<Cite id="…" />, <Term id="…">), in order of first use. */
export function idsOf(tag: string, body: string): string[] {
  const ids: string[] = [];
  for (const [, id = ''] of body.matchAll(new RegExp(`<${tag}\\s+id=["']([^"']*)["']\\s*/?>`, 'g'))) {
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

interface Registry {
  /** What the ids name, for the message: "citation", "glossary". */
  kind: string;
  /** Where the ids are defined. */
  file: string;
  /** How the tag is written correctly. */
  example: string;
}

/** The ids a body uses; fails naming the file and every id the registry lacks, or a tag without an id. */
export function checkIds(tag: string, body: string, known: ReadonlySet<string>, file: string, registry: Registry): string[] {
  const ids = idsOf(tag, body);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new Error(`${file}: unknown ${registry.kind} id ${list}; every <${tag} id> must be an id in ${registry.file}`);
  }
  const malformed = body.match(new RegExp(`<${tag}(?![^>]*\\bid=["'][^"']+["'])[^>]*>`));
  if (malformed) throw new Error(`${file}: ${malformed[0]} has no id; write ${registry.example}`);
  return ids;
}
