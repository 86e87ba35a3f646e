import { createEmptyCard, fsrs, Rating, type Card, type State } from 'ts-fsrs';
import type { Answered, ReviewCard, Schedule } from './review';

// The review schedule's arithmetic, by ts-fsrs (a maintained TypeScript implementation of FSRS, the scheduler Anki
// uses). It is the only module that imports it, and the page loads it only once a set is under way.
//
// Without short-term steps every interval is whole days: a question answered wrong comes back tomorrow, not in ten
// minutes, which suits a reader who comes by once a day. No fuzz, so the schedule is reproducible in tests.
const fsrsScheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const toCard = (stored: ReviewCard): Card => ({
  due: new Date(stored.due),
  stability: stored.stability,
  difficulty: stored.difficulty,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: stored.reps,
  lapses: stored.lapses,
  state: stored.state as State,
  last_review: new Date(stored.last),
});

/**
 * The card after one answer. A device clock set back (before the last answer) counts as the time of the last
 * answer, so the schedule never runs backwards (ts-fsrs would throw on a negative interval).
 */
export function answerCard(stored: ReviewCard | undefined, correct: boolean, now: Date): ReviewCard {
  const at = new Date(Math.max(now.getTime(), stored ? Date.parse(stored.last) : -Infinity));
  const next = fsrsScheduler.next(stored ? toCard(stored) : createEmptyCard(at), at, correct ? Rating.Good : Rating.Again).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    last: at.toISOString(),
    misses: (stored?.misses ?? 0) + (correct ? 0 : 1),
  };
}

/**
 * The schedule with answers taken in, in the order given. A question joins it when answered wrong or right with a
 * hint; once in it, every answer moves it. A question answered right unaided stays out. A 错题本 entry carried over
 * from version 1 is due at once.
 */
export function schedule(current: Schedule, answers: readonly Answered[]): Record<string, ReviewCard> {
  const next: Record<string, ReviewCard> = { ...current };
  for (const answer of answers) {
    const stored = next[answer.id];
    if (!stored && answer.correct && !answer.hinted) continue;
    const card = answerCard(stored, answer.correct, new Date(answer.at));
    next[answer.id] = answer.carried ? { ...card, due: answer.at } : card;
  }
  return next;
}
