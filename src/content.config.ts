import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { glossaryEntrySchema } from './lib/glossary-file';
import { glossaryLoader } from './lib/glossary-loader';
import { scenarioIds } from './widgets/flow/model';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'use YYYY, YYYY-MM or YYYY-MM-DD' });

/** content/articles/{slug}/{lang}.mdx — one folder per article, one file per language. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/articles` }),
  schema: z
    .strictObject({
      title: z.string().min(1),
      description: z.string().min(10).max(220),
      published: z.coerce.date(),
      updated: z.coerce.date().optional(),
      /** The flow scenario the article is about. */
      scenario: z.enum(scenarioIds),
    }),
});

/** content/sources.yaml — the bibliography every citation points into. */
const sources = defineCollection({
  loader: file(`${contentDir}/sources.yaml`),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    publisher: z.string().min(1),
    title: z.string().min(1),
    /** BCP 47 language of the title and text. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]+)?$/),
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/ }),
    /** The copy that was read when the original was out of reach. */
    via: z.url({ protocol: /^https?$/ }).optional(),
    archived: z.url({ protocol: /^https?$/ }).optional(),
    note: z.string().optional(),
    accessed: partialDate,
  }),
});

/** content/glossary/{lang}.yaml — entries "{lang}/{id}"; English is the reference for ids. */
const glossary = defineCollection({ loader: glossaryLoader(), schema: glossaryEntrySchema });

export const collections = { articles, sources, glossary };
