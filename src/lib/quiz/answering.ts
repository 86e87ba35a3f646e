import type { Question } from '../../schemas/question';
import { isCorrect, type QuizResponse } from './check';
import { addAttempt, attemptOf } from './history';
import { noteAnswer } from './mistakes';
import { countReview, type Answered } from './review';
import type { Feedback, HintLevel, Progress } from './storage';

// How the reader's saved progress (storage.ts) changes as they answer a set: apart from progress.ts so that the
// quiz home, which only chooses sets, loads none of it. Each function returns new progress and leaves its
// argument untouched.

/** Whether a code is 今日复习's (sets.ts: `r-` codes), whose answers count against the daily cap. */
const isReview = (code: string): boolean => code.startsWith('r-');

/**
 * Progress once answers are judged (at once with feedback after each question, at the end otherwise): the 错题本
 * takes them in or lets them go, the set notes which left it, and the answers wait for the review schedule.
 */
function judge(progress: Progress, code: string, judged: ReadonlyArray<{ question: Question; response: QuizResponse | undefined }>, now: Date): Progress {
  let { mistakes, reviewed } = progress;
  const saved = progress.sets[code];
  const cleared = new Set(saved?.cleared);
  const waiting: Answered[] = [];
  for (const { question, response } of judged) {
    const correct = isCorrect(question, response);
    if (correct && mistakes.includes(question.id)) cleared.add(question.id);
    mistakes = noteAnswer(mistakes, question.id, correct);
    waiting.push({ id: question.id, correct, hinted: saved?.hints?.[question.id] !== undefined, at: now.toISOString() });
    if (isReview(code)) reviewed = countReview(reviewed, now);
  }
  const sets = saved ? { ...progress.sets, [code]: { ...saved, cleared: [...cleared] } } : progress.sets;
  return { ...progress, sets, mistakes, waiting: [...progress.waiting, ...waiting], ...(reviewed ? { reviewed } : {}) };
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
  now: Date = new Date(),
): Progress {
  const saved = progress.sets[code];
  const answers = { ...saved?.answers, [question.id]: response };
  const answered = { ...progress, sets: { ...progress.sets, [code]: { ...saved, feedback, answers } } };
  return feedback === 'each' ? judge(answered, code, [{ question, response }], now) : answered;
}

/** Progress with a hint opened for a question of a set (the deeper level kept, if both were opened). */
export function noteHint(progress: Progress, code: string, questionId: string, level: HintLevel): Progress {
  const saved = progress.sets[code];
  if (!saved) return progress;
  const hints = { ...saved.hints, [questionId]: Math.max(level, saved.hints?.[questionId] ?? 1) as HintLevel };
  return { ...progress, sets: { ...progress.sets, [code]: { ...saved, hints } } };
}

/**
 * Progress once a set is finished: the set is no longer kept but enters the history, and with feedback at the end
 * every question now goes into or out of the 错题本 (one left unanswered counts as wrong) and the schedule.
 */
export function finishSet(progress: Progress, code: string, questions: readonly Question[], now: Date = new Date()): Progress {
  const saved = progress.sets[code];
  if (!saved) return progress;
  const judged =
    saved.feedback === 'end' ? judge(progress, code, questions.map((q) => ({ question: q, response: saved.answers[q.id] })), now) : progress;
  const done = judged.sets[code] ?? saved;
  const attempt = attemptOf(code, questions, saved.answers, Object.keys(done.hints ?? {}).length, done.cleared?.length ?? 0, now);
  const sets = { ...judged.sets };
  delete sets[code];
  return { ...judged, sets, history: addAttempt(judged.history, attempt) };
}

