import type { Citation, Question, QuestionPart } from '../../schemas/question';
import { partOrder } from './check';

/** A handbook part as the quiz names and links it. */
export interface PartInfo {
  part: QuestionPart;
  /** The part page's address, without slashes: `procedure` for /procedure/. */
  slug: string;
  /** Its label in the site's navigation, e.g. 六、产生程序 (partLabel in src/lib/parts.ts). */
  label: string;
}

/** The question bank as the browser receives it, from /quiz/questions.json (src/pages/quiz/questions.json.ts). */
export interface Bank {
  /** A short digest of the questions (8 hex digits): changes whenever any question does. */
  version: string;
  /** Every part, in reading order. */
  parts: PartInfo[];
  /** Every question, in reading order. */
  questions: Question[];
}

/** Questions in reading order: by part, the preface first; within a part, as the bank file lists them. */
export const inReadingOrder = (questions: readonly Question[]): Question[] =>
  [...questions].sort((a, b) => partOrder(a.part) - partOrder(b.part));

/** The label of a part, e.g. 六、产生程序; a bare number if the bank does not know the part. */
export const partName = (parts: readonly PartInfo[], part: QuestionPart): string =>
  parts.find((p) => p.part === part)?.label ?? String(part);

/**
 * The site-relative address of a cited paragraph, e.g. /procedure/#step-3-preliminary. Every citation of a question
 * lies in the question's own part (the bank tests check this).
 */
export function citationPath(parts: readonly PartInfo[], question: Question, citation: Citation): string {
  const slug = parts.find((p) => p.part === question.part)?.slug ?? '';
  return `/${slug}/#${citation.anchor}`;
}

/** Every citation of a question, in reading order: its source, then any further sources. */
export const citationsOf = (question: Question): Citation[] => [question.source, ...(question.furtherSources ?? [])];
