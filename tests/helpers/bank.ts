import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { questionSchema, type Question, type QuestionPart } from '../../src/schemas/question';
import { readParts } from './handbook';

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

/** The part a handbook slug stands for, from the `order` of that part's frontmatter. */
function partOf(slug: string, orders: Map<string, number>): QuestionPart {
  const order = orders.get(slug);
  if (order === undefined) throw new Error(`content/quizzes/${slug}.yaml has no matching content/handbook/${slug}.mdx`);
  return order === 0 ? 'preface' : order;
}

/** Every file of the question bank (content/quizzes/*.yaml), unvalidated. */
export function readBankFiles(): BankFile[] {
  const orders = new Map(readParts().map((p) => [p.part, p.front.order]));
  return readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const slug = file.replace(/\.yaml$/, '');
      return { slug, part: partOf(slug, orders), raw: parse(readFileSync(join(quizDir, file), 'utf8')) as unknown };
    });
}

/** The whole bank, validated; throws if any file does not pass the schema. */
export const readBank = (): Question[] => readBankFiles().flatMap((f) => z.array(questionSchema).parse(f.raw));

/** One question of the bank by its id; throws if the bank has no such question. */
export function bankQuestion(id: string): Question {
  const question = readBank().find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question ${id} in the bank`);
  return question;
}
