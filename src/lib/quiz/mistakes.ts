import type { Question } from '../../schemas/question';

/**
 * The 错题本: ids of the questions the reader last answered wrong, in the order they were got wrong.
 * A wrong answer adds the question; a right answer later removes it.
 */
export type Mistakes = readonly string[];

/** The 错题本 after the reader answers a question, right or wrong. */
export function noteAnswer(mistakes: Mistakes, questionId: string, correct: boolean): string[] {
  const others = mistakes.filter((id) => id !== questionId);
  return correct ? others : [...others, questionId];
}

/** The questions of the 错题本, in bank order; ids no longer in the bank are passed over. */
export function mistakeQuestions<Q extends Question>(mistakes: Mistakes, bank: readonly Q[]): Q[] {
  const wrong = new Set(mistakes);
  return bank.filter((q) => wrong.has(q.id));
}

/** The 错题本 without ids the bank no longer has (questions removed or renamed since they were saved). */
export function forgetRemoved(mistakes: Mistakes, bank: readonly Question[]): string[] {
  const ids = new Set(bank.map((q) => q.id));
  return mistakes.filter((id) => ids.has(id));
}
