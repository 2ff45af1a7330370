import { checkIds, idsOf } from './mdx-ids';

/** Source ids cited in an MDX body, in order of first citation (that order numbers them). */
export const citedIds = (body: string): string[] => idsOf('Cite', body);

/** Numbers every cited id; fails naming the file and every id the bibliography lacks. */
export function numberCitations(body: string, knownIds: ReadonlySet<string>, file: string): Map<string, number> {
  const ids = checkIds('Cite', body, knownIds, file, {
    kind: 'citation',
    file: 'content/sources.yaml',
    example: '<Cite id="source-id" />',
  });
  return new Map(ids.map((id, index) => [id, index + 1]));
}
