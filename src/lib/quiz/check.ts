import type { Question } from '../../schemas/question';
import type { QuizPart } from './bank';

/**
 * A reader's answer to one question: an option id for single-choice and true-or-false questions,
 * option ids for multiple-choice (any order) and ordering questions (in the order given).
 */
export type QuizResponse = string | readonly string[];

/** The responses given so far in a set, by question id. */
export type Responses = Readonly<Record<string, QuizResponse>>;

/** The option ids a response names, as a list: one for single choice and true or false, none for no response. */
export const idsOf = (response: QuizResponse | undefined): readonly string[] =>
  response === undefined ? [] : typeof response === 'string' ? [response] : response;

/**
 * Whether a response answers the question. Multiple-choice needs exactly the right options (a partial answer
 * is wrong); ordering needs the exact sequence; no response is wrong.
 */
export function isCorrect(question: Question, response: QuizResponse | undefined): boolean {
  if (response === undefined) return false;
  switch (question.type) {
    case 'single':
    case 'judge':
      return response === question.answer;
    case 'multiple': {
      if (typeof response === 'string') return false;
      const chosen = new Set(response);
      return chosen.size === question.answer.length && question.answer.every((id) => chosen.has(id));
    }
    case 'order':
      return (
        typeof response !== 'string' &&
        response.length === question.answer.length &&
        response.every((id, i) => id === question.answer[i])
      );
  }
}

/** How many questions of one part were answered right. */
export interface PartScore {
  /** The part's id. */
  part: string;
  right: number;
  total: number;
}

/** The result of a set: unanswered questions count as wrong. */
export interface Score {
  right: number;
  total: number;
  /** One entry per part the set draws on, in reading order (the preface first). */
  byPart: PartScore[];
}

/** Scores a set of questions against the reader's responses; `parts` (in reading order) orders the parts' scores. */
export function score(questions: readonly Question[], responses: Responses, parts: readonly QuizPart[]): Score {
  const byId = new Map<string, PartScore>();
  let right = 0;
  for (const question of questions) {
    const correct = isCorrect(question, responses[question.id]);
    const part = byId.get(question.part) ?? { part: question.part, right: 0, total: 0 };
    byId.set(question.part, { ...part, right: part.right + (correct ? 1 : 0), total: part.total + 1 });
    if (correct) right += 1;
  }
  const order = parts.map((p) => p.id);
  const byPart = [...byId.values()].sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part));
  return { right, total: questions.length, byPart };
}
