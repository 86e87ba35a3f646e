import type { Question, QuestionSource } from '../../schemas/question';
import { givesAway } from './giveaways';
import { hash } from './sets';

/** A handbook part as the quiz names and orders it: one view of the part record (content/handbook/<id>.mdx). */
export interface QuizPart {
  /** The part's id, which is also its address: `procedure` for /procedure/. */
  id: string;
  /** Reading order: 0 for the preface, then 1 to 7; set codes name a part by it (`p6`). */
  order: number;
  /** Its label in the site's navigation, e.g. 六、产生程序 (partLabel in src/lib/parts.ts). */
  label: string;
}

/**
 * A question as the browser receives it, with two build-time facts: its part's label, so that no component looks it
 * up, and the questions it must not share a set with, so that the browser does not compare texts to draw a set.
 */
export type BankQuestion = Question & {
  /** The label of the question's part, e.g. 六、产生程序. */
  partLabel: string;
  /** The ids of the questions that give this one away or that it gives away (giveaways.ts), in the bank's order. */
  keptApart: string[];
};

/** The question bank as the browser receives it, from /quiz/questions.json (src/pages/quiz/questions.json.ts). */
export interface Bank {
  /** A short digest of the questions (8 hex digits): changes whenever any question does. */
  version: string;
  /** Every part, in reading order. */
  parts: QuizPart[];
  /** Every question, in reading order. */
  questions: BankQuestion[];
}

/**
 * The bank from the parts (in reading order) and the questions: the questions in reading order (by part, the preface
 * first; within a part, as the bank file lists them), each with its part's label and the questions kept apart from it.
 */
export function bankOf(parts: QuizPart[], questions: readonly Question[]): Bank {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const order = (q: Question) => byId.get(q.part)?.order ?? 0;
  const sorted = [...questions].sort((a, b) => order(a) - order(b));
  // The version names the questions' exact content, so that a 纠错 report says which wording the reader saw.
  const version = hash(JSON.stringify(sorted)).toString(16).padStart(8, '0');
  return {
    version,
    parts,
    questions: sorted.map((q) => ({
      ...q,
      partLabel: byId.get(q.part)?.label ?? q.part,
      keptApart: sorted.filter((other) => other.id !== q.id && givesAway(q, other)).map((other) => other.id),
    })),
  };
}

/** The label of a part, e.g. 六、产生程序; the bare id if the bank does not know the part. */
export const partName = (parts: readonly QuizPart[], part: string): string =>
  parts.find((p) => p.id === part)?.label ?? part;

/**
 * The site-relative address of a cited paragraph, e.g. /procedure/#step-3-preliminary: a part's id is its address.
 * Every citation of a question lies in the question's own part (the bank tests check this).
 */
export const citationPath = (question: Question, citation: QuestionSource): string =>
  `/${question.part}/#${citation.anchor}`;

/** Every citation of a question, in reading order: its source, then any further sources. */
export const citationsOf = (question: Question): QuestionSource[] => [
  question.source,
  ...(question.furtherSources ?? []),
];
