import type { Question } from '../../schemas/question';
import { isCorrect, type Responses } from './check';

/** A finished set, as the history of attempts lists it. */
export interface Attempt {
  /** The set's code, so that the title can be shown and the set done again. */
  code: string;
  /** When it was finished (ISO). */
  finished: string;
  right: number;
  total: number;
  /** Questions answered with a hint. */
  hinted: number;
  /** Questions that left the 错题本 in this set (answered right after being got wrong before). */
  cleared: number;
}

/** The history keeps this many attempts, the newest; enough for a term's study, small enough for storage. */
export const historyLength = 50;

/** The attempt a finished set makes. */
export function attemptOf(
  code: string,
  questions: readonly Question[],
  answers: Responses,
  hinted: number,
  cleared: number,
  now: Date,
): Attempt {
  const right = questions.filter((q) => isCorrect(q, answers[q.id])).length;
  return { code, finished: now.toISOString(), right, total: questions.length, hinted, cleared };
}

/** The history with one more attempt, newest first. */
export const addAttempt = (history: readonly Attempt[], attempt: Attempt): Attempt[] =>
  [attempt, ...history].slice(0, historyLength);
