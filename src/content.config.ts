import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { partSchema } from './schemas/part';
import { errataEntrySchema } from './schemas/errata';
import { questionSchema, staleQuestionPart } from './schemas/question';

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

/**
 * The question bank: content/quizzes/<part>.yaml, each a list of questions; the entry id is the question's id. The
 * file name is the part's id, and each question's `part` is taken from it, so the bank never writes it.
 */
const questions = defineCollection({
  loader: {
    name: 'question-bank',
    load: async ({ store, parseData, config }) => {
      const dir = new URL('content/quizzes/', config.root);
      store.clear();
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
        const part = file.replace(/\.yaml$/, '');
        const list = parse(await readFile(new URL(file, dir), 'utf8')) as Record<string, unknown>[];
        for (const raw of list) {
          const id = String(raw.id);
          if ('part' in raw) throw new Error(staleQuestionPart(file, id));
          store.set({ id, data: await parseData({ id, data: { ...raw, part } }) });
        }
      }
    },
  },
  schema: questionSchema,
});

export const collections = { parts, errata, questions };
