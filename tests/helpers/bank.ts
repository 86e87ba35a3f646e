import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { questionSchema, type Question, type QuestionPart } from '../../src/schemas/question';

const root = join(import.meta.dirname, '..', '..');
const quizDir = join(root, 'content', 'quizzes');

export interface BankFile {
  /** The part slug: the file name, matching content/handbook/<slug>.mdx. */
  slug: string;
  /** The part its questions must belong to, from that MDX file's `order` (0 is the preface). */
  part: QuestionPart;
  /** The file's YAML, unvalidated. */
  raw: unknown;
}

/** The part a handbook slug stands for, read from its frontmatter. */
function partOf(slug: string): QuestionPart {
  const mdx = readFileSync(join(root, 'content', 'handbook', `${slug}.mdx`), 'utf8');
  const { order } = parse(mdx.split('---')[1] ?? '') as { order: number };
  return order === 0 ? 'preface' : order;
}

/** Every file of the question bank (content/quizzes/*.yaml), unvalidated. */
export const readBankFiles = (): BankFile[] =>
  readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const slug = file.replace(/\.yaml$/, '');
      return { slug, part: partOf(slug), raw: parse(readFileSync(join(quizDir, file), 'utf8')) as unknown };
    });

/** The whole bank, validated; throws if any file does not pass the schema. */
export const readBank = (): Question[] => readBankFiles().flatMap((f) => z.array(questionSchema).parse(f.raw));

/** One question of the bank by its id; throws if the bank has no such question. */
export function bankQuestion(id: string): Question {
  const question = readBank().find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question ${id} in the bank`);
  return question;
}
