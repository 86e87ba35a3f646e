import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { partSchema } from './schemas/part';
import { errataEntrySchema } from './schemas/errata';

/** The preface and the seven parts, one MDX file each; the entry id is the file name (the page's slug). */
const parts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/handbook' }),
  schema: partSchema,
});

/** Every editorial correction to the source text. */
const errata = defineCollection({
  loader: file('./content/errata.yaml'),
  schema: errataEntrySchema,
});

export const collections = { parts, errata };
