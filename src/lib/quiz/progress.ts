import type { Question } from '../../schemas/question';
import type { Bank } from './bank';
import type { Responses } from './check';
import { todaysReview, type Answered, type ReviewCard, type Schedule } from './review';
import { parseCode, resolveSet, type QuizSet, type ResolvedSet } from './sets';
import type { Feedback, Progress, SetProgress } from './storage';

// How the reader's saved progress (storage.ts) changes as they choose and take up sets (answering.ts: as they
// answer). Each function returns new progress and leaves its argument untouched, so the page can save what it
// gets and render from it.

/**
 * Progress with a set begun afresh: no answers yet, feedback as the reader chose. 今日复习 (`r-` codes) keeps the
 * questions due when it begins, so that the set stays the same while answers move them in the schedule.
 */
export function startSet(progress: Progress, code: string, feedback: Feedback, questions?: readonly string[]): Progress {
  const set: SetProgress = { feedback, answers: {}, ...(questions ? { questions: [...questions] } : {}) };
  return { ...progress, sets: { ...progress.sets, [code]: set } };
}

/** Progress with an empty 错题本. */
export const clearMistakes = (progress: Progress): Progress => ({ ...progress, mistakes: [] });

/**
 * The questions of a set as the reader began it. For 错题练习 the questions answered so far are drawn on as well as
 * the 错题本: a question answered right leaves the book at once, but must not leave the set being practised.
 */
export function questionsOf(code: string | null | undefined, bank: Bank, progress: Progress): ResolvedSet {
  const parsed = parseCode(code, bank.parts);
  const saved = parsed.ok ? progress.sets[parsed.set.code] : undefined;
  if (parsed.ok && parsed.set.kind === 'review') return resolveSet(code, bank, saved?.questions ?? []);
  return resolveSet(code, bank, [...progress.mistakes, ...Object.keys(saved?.answers ?? {})]);
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

/** Progress with the waiting answers taken into the review schedule by `schedule` (scheduler.ts, loaded when used). */
export const takeIntoSchedule = (
  progress: Progress,
  schedule: (current: Schedule, answers: readonly Answered[]) => Record<string, ReviewCard>,
): Progress => (progress.waiting.length === 0 ? progress : { ...progress, review: schedule(progress.review, progress.waiting), waiting: [] });

/**
 * Today's review for the quiz home: the question ids due today, within the daily cap, of questions the bank still
 * has. Answers still waiting for the scheduler count as due: they were just got wrong, or are carried over.
 */
export function reviewIds(progress: Progress, bank: Bank, now: Date = new Date()): string[] {
  const known = new Set(bank.questions.map((q) => q.id));
  const schedule = Object.fromEntries(Object.entries(progress.review).filter(([id]) => known.has(id)));
  return todaysReview(schedule, progress.reviewed, now);
}
