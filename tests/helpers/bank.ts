import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { bankOf, type Bank, type QuizPart } from '../../src/lib/quiz/bank';
import { partLabel } from '../../src/lib/parts';
import { questionSchema, type Question } from '../../src/schemas/question';
import { readParts } from './handbook';

const root = join(import.meta.dirname, '..', '..');
const quizDir = join(root, 'content', 'quizzes');

export interface BankFile {
  /** The part's id: the file name, matching content/handbook/<part>.mdx. */
  part: string;
  /** The file's YAML, unvalidated. */
  raw: unknown;
}

/** Every file of the question bank (content/quizzes/*.yaml), unvalidated. */
export const readBankFiles = (): BankFile[] =>
  readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({
      part: file.replace(/\.yaml$/, ''),
      raw: parse(readFileSync(join(quizDir, file), 'utf8')) as unknown,
    }));

/** The parts as the quiz sees them (src/lib/quiz/collection.ts), in reading order. */
export const readQuizParts = (): QuizPart[] =>
  readParts().map((p) => ({ id: p.part, order: p.front.order, label: partLabel(p.front) }));

/** Every question of the bank, validated, with its part filled in from its file's name as the loader does. */
export const readBankQuestions = (): Question[] =>
  readBankFiles().flatMap((f) =>
    z.array(questionSchema).parse((f.raw as Record<string, unknown>[]).map((q) => ({ ...q, part: f.part }))),
  );

/** The bank as the browser receives it (src/lib/quiz/collection.ts): parts, and questions in reading order. */
export const readBankForTest = (): Bank => bankOf(readQuizParts(), readBankQuestions());

/** One question of the bank by its id; throws if the bank has no such question. */
export function bankQuestion(id: string): Question {
  const question = readBankQuestions().find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question ${id} in the bank`);
  return question;
}
