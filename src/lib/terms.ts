import { checkIds, idsOf } from './mdx-ids';

/** Glossary ids used in an MDX body by <Term id="…">, in order of first use. */
export const termIds = (body: string): string[] => idsOf('Term', body);

/** Fails naming the file and every id the glossary lacks, or a <Term> written without an id. */
export function checkTerms(body: string, knownIds: ReadonlySet<string>, file: string): void {
  checkIds('Term', body, knownIds, file, {
    kind: 'glossary',
    file: 'content/glossary/en.yaml',
    example: '<Term id="glossary-id">text</Term>',
  });
}
