import { z } from 'astro/zod';
import { compareKeys, parseYamlMap } from './yaml-map';

/** One glossary entry as written in content/glossary/{lang}.yaml under its id. */
export const glossaryEntrySchema = z.strictObject({
  term: z.string().trim().min(1),
  definition: z.string().trim().min(10),
});

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads one language's glossary file: a map of id → { term, definition }.
 * Every problem fails naming the file, the id and the field.
 */
export function parseGlossary(source: string, file: string): Map<string, GlossaryEntryData> {
  const data = parseYamlMap(source, file, 'a map of glossary ids, each with "term" and "definition"');
  const entries = new Map<string, GlossaryEntryData>();
  for (const [id, value] of Object.entries(data)) {
    if (!idPattern.test(id)) throw new Error(`${file}: "${id}" is not a glossary id (use lowercase-with-hyphens)`);
    const result = glossaryEntrySchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || '(entry)';
      throw new Error(`${file}: "${id}" field "${field}": ${issue?.message ?? 'invalid'}`);
    }
    entries.set(id, result.data);
  }
  return entries;
}

/** Ids the reference has and a language lacks, and ids only the language has. */
export const compareGlossaries = (reference: ReadonlyMap<string, unknown>, other: ReadonlyMap<string, unknown>) =>
  compareKeys(reference.keys(), other.keys());
