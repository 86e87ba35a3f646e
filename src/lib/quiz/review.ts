// 今日复习: questions answered wrong, or right only with a hint (a right answer that was hard), come back on a
// schedule (scheduler.ts, FSRS graded right = Good, wrong = Again). This module holds what the quiz home needs
// without the scheduler: today's date for the reader, what is due, the daily cap. Answers wait in the stored
// progress as `Answered` until the scheduler (loaded when a set is under way) takes them into the schedule, so that
// an answer is saved at once whether or not the scheduler has arrived yet.

/** One question's place in the schedule, as stored (dates as ISO strings, so that it survives JSON). */
export interface ReviewCard {
  /** When it is next due. */
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** The scheduler's state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** When it was last answered. */
  last: string;
  /** How many times it has been answered wrong, in any set; three sends the reader back to its paragraph. */
  misses: number;
}

/** The schedule: a card per question id. */
export type Schedule = Readonly<Record<string, ReviewCard>>;

/** An answer not yet taken into the schedule. */
export interface Answered {
  id: string;
  correct: boolean;
  /** Whether the reader opened a hint for it. */
  hinted: boolean;
  /** When it was answered (ISO). */
  at: string;
  /** Set on 错题本 entries carried over from stored progress of version 1: due at once rather than tomorrow. */
  carried?: true;
}

/** At most this many review answers a day, however many are due (after a missed week, say). */
export const dailyCap = 10;

/** Wrong this many times: the reader is sent back to the paragraph before trying again. */
export const missesBeforeReading = 3;

/** How many review answers were given on one local day, for the daily cap. */
export interface ReviewedToday {
  /** The reader's local date, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** A time-zone offset in minutes, as Date#getTimezoneOffset gives it (-480 in Beijing); tests pass other zones. */
type Offset = number;

/** The reader's local date, YYYY-MM-DD. */
export function localDay(now: Date, offset: Offset = now.getTimezoneOffset()): string {
  return new Date(now.getTime() - offset * 60_000).toISOString().slice(0, 10);
}

/** The first instant of the reader's next local day: a question is due today if it falls due before then. */
export function endOfDay(now: Date, offset: Offset = now.getTimezoneOffset()): Date {
  const midnight = Date.parse(`${localDay(now, offset)}T00:00:00Z`) + offset * 60_000;
  return new Date(midnight + 86_400_000);
}

/** The ids due by the end of the reader's day, earliest first (then by id, so the order is stable). */
export function dueIds(schedule: Schedule, now: Date, offset?: Offset): string[] {
  const end = endOfDay(now, offset).getTime();
  return Object.entries(schedule)
    .filter(([, card]) => Date.parse(card.due) < end)
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** When the next question falls due, or null if the schedule is empty. */
export function nextDue(schedule: Schedule): Date | null {
  const dues = Object.values(schedule).map((card) => Date.parse(card.due));
  return dues.length === 0 ? null : new Date(Math.min(...dues));
}

/** Review answers still allowed today under the daily cap. */
export function leftToday(reviewed: ReviewedToday | undefined, now: Date, offset?: Offset): number {
  const done = reviewed?.day === localDay(now, offset) ? reviewed.count : 0;
  return Math.max(0, dailyCap - done);
}

/** Today's review: the due questions, earliest first, within what is left of the daily cap ("今天复习 5 题"). */
export function todaysReview(schedule: Schedule, reviewed: ReviewedToday | undefined, now: Date, offset?: Offset): string[] {
  return dueIds(schedule, now, offset).slice(0, leftToday(reviewed, now, offset));
}

/** The daily count after one more review answer (a new day starts again from one). */
export function countReview(reviewed: ReviewedToday | undefined, now: Date, offset?: Offset): ReviewedToday {
  const day = localDay(now, offset);
  return { day, count: reviewed?.day === day ? reviewed.count + 1 : 1 };
}

/**
 * Whether the reader should read the question's paragraph before another try: wrong three times, counting answers
 * still waiting for the scheduler.
 */
export function needsReading(schedule: Schedule, waiting: readonly Answered[], id: string): boolean {
  const misses = (schedule[id]?.misses ?? 0) + waiting.filter((a) => a.id === id && !a.correct).length;
  return misses >= missesBeforeReading;
}
