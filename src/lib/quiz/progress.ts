import type { Question } from '../../schemas/question';
import type { Bank } from './bank';
import { isCorrect, type QuizResponse, type Responses } from './check';
import { noteAnswer } from './mistakes';
import { parseCode, resolveSet, type QuizSet, type ResolvedSet } from './sets';
import type { Feedback, Progress } from './storage';

// How the reader's saved progress (storage.ts) changes as they practise. Each function returns new progress and
// leaves its argument untouched, so the page can save what it gets and render from it.

/** Progress with a set begun afresh: no answers yet, feedback as the reader chose. */
export function startSet(progress: Progress, code: string, feedback: Feedback): Progress {
  return { ...progress, sets: { ...progress.sets, [code]: { feedback, answers: {} } } };
}

/**
 * Progress with one more answer to a set. With feedback after each question the answer is shown as right or wrong
 * at once, so the 错题本 learns of it at once; with feedback at the end it waits for finishSet.
 */
export function recordAnswer(
  progress: Progress,
  code: string,
  feedback: Feedback,
  question: Question,
  response: QuizResponse,
): Progress {
  const answers = { ...progress.sets[code]?.answers, [question.id]: response };
  const mistakes =
    feedback === 'each' ? noteAnswer(progress.mistakes, question.id, isCorrect(question, response)) : progress.mistakes;
  return { ...progress, sets: { ...progress.sets, [code]: { feedback, answers } }, mistakes };
}

/**
 * Progress once a set is finished: the set is no longer kept, and with feedback at the end every question now goes
 * into or out of the 错题本 (one left unanswered counts as wrong).
 */
export function finishSet(progress: Progress, code: string, questions: readonly Question[]): Progress {
  const saved = progress.sets[code];
  let mistakes = progress.mistakes;
  if (saved?.feedback === 'end')
    for (const q of questions) mistakes = noteAnswer(mistakes, q.id, isCorrect(q, saved.answers[q.id]));
  const sets = { ...progress.sets };
  delete sets[code];
  return { ...progress, sets, mistakes: [...mistakes] };
}

/** Progress with an empty 错题本. */
export const clearMistakes = (progress: Progress): Progress => ({ ...progress, mistakes: [] });

/**
 * The questions of a set as the reader began it. For 错题练习 the questions answered so far are drawn on as well as
 * the 错题本: a question answered right leaves the book at once, but must not leave the set being practised.
 */
export function questionsOf(code: string | null | undefined, bank: Bank, progress: Progress): ResolvedSet {
  const parsed = parseCode(code, bank.parts);
  const answered = parsed.ok ? Object.keys(progress.sets[parsed.set.code]?.answers ?? {}) : [];
  return resolveSet(code, bank, [...progress.mistakes, ...answered]);
}

/** Where to take up a set: the first question without an answer, or the last when every one has one. */
export function resumeAt(questions: readonly Question[], answers: Responses): number {
  const next = questions.findIndex((q) => answers[q.id] === undefined);
  return next < 0 ? Math.max(0, questions.length - 1) : next;
}

/** An unfinished set, as the chooser offers it to take up again. */
export interface UnfinishedSet {
  set: QuizSet;
  answered: number;
  total: number;
}

/** The unfinished sets that can still be taken up: codes that read and still have questions. */
export function unfinishedSets(progress: Progress, bank: Bank): UnfinishedSet[] {
  return Object.keys(progress.sets).flatMap((code) => {
    const resolved = questionsOf(code, bank, progress);
    if (!resolved.ok || resolved.questions.length === 0) return [];
    const answers = progress.sets[code]?.answers ?? {};
    const answered = resolved.questions.filter((q) => answers[q.id] !== undefined).length;
    return [{ set: resolved.set, answered, total: resolved.questions.length }];
  });
}
