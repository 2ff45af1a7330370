import { parse } from 'yaml';

/**
 * Reads a YAML file that must be one map (string files, glossaries); an empty file is an
 * empty map. Broken YAML or another shape fails naming the file.
 */
export function parseYamlMap(source: string, file: string, expected: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected ${expected}`);
  return data as Record<string, unknown>;
}

/** Keys the reference has and another file lacks, and keys only the other file has. */
export function compareKeys(reference: Iterable<string>, other: Iterable<string>) {
  const ref = new Set(reference);
  const own = new Set(other);
  return { missing: [...ref].filter((k) => !own.has(k)), extra: [...own].filter((k) => !ref.has(k)) };
}
