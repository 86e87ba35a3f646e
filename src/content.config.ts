import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { partSchema } from './schemas/part';
import { errataEntrySchema } from './schemas/errata';
import { questionSchema } from './schemas/question';

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

/** The question bank: content/quizzes/<part>.yaml, each a list of questions; the entry id is the question's id. */
const questions = defineCollection({
  loader: {
    name: 'question-bank',
    load: async ({ store, parseData, config }) => {
      const dir = new URL('content/quizzes/', config.root);
      store.clear();
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
        const list = parse(await readFile(new URL(file, dir), 'utf8')) as { id: string }[];
        for (const raw of list) store.set({ id: raw.id, data: await parseData({ id: raw.id, data: raw }) });
      }
    },
  },
  schema: questionSchema,
});

export const collections = { parts, errata, questions };
