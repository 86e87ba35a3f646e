import type { QuizResponse } from './check';
import type { Attempt } from './history';
import type { Answered, ReviewCard, ReviewedToday } from './review';
import { canWrite, readStored, writeStored, type SiteStorage, type Stored } from '../versioned-storage';

/**
 * The reader's progress, kept as one JSON value under the localStorage key `handbook:quiz` (formerly `ershida-quiz`,
 * moved on first read; see src/lib/versioned-storage.ts):
 *
 *   {
 *     "version": 2,
 *     "sets": {                                  // sets begun and not yet finished, by set code (see sets.ts)
 *       "d-7k3f": {
 *         "feedback": "each",                    // "each": right or wrong shown after every question; "end": at the end
 *         "answers": {                           // responses so far, by question id (see check.ts)
 *           "procedure-publicity-days": "a",
 *           "leadership-unhealthy-practices": ["a", "b", "c", "d"]
 *         },
 *         "hints": { "procedure-publicity-days": 1 },  // optional: hints opened, by question id (1 paragraph, 2 sentence)
 *         "cleared": ["procedure-election-margin"],    // optional: questions of the set that left the 错题本
 *         "questions": ["procedure-publicity-days"]    // only for 今日复习 (`r-` codes): the questions, fixed at its start
 *       }
 *     },
 *     "mistakes": ["procedure-election-margin"], // the 错题本 (see mistakes.ts)
 *     "review": { "procedure-election-margin": { "due": "…", … } },  // the review schedule (see review.ts)
 *     "waiting": [{ "id": "…", "correct": false, "hinted": false, "at": "…" }],  // answers not yet in the schedule
 *     "reviewed": { "day": "2026-12-01", "count": 3 },   // optional: review answers today, for the daily cap
 *     "history": [{ "code": "d-7k3f", "finished": "…", "right": 8, "total": 10, "hinted": 1, "cleared": 2 }]
 *   }
 *
 * A change of shape must raise `version` and migrate the older shape here. Version 1 had `sets` (without hints,
 * cleared or questions) and `mistakes` only: it is read as version 2 with an empty history, and each 错题本 entry
 * waits to enter the schedule as due at once. Data of a newer version than this page knows is left untouched.
 */
export const progressVersion = 2;

/** When the reader is told right or wrong: after each question, or only when the set is finished. */
export type Feedback = 'each' | 'end';

/** A set begun and not yet finished. */
export interface SetProgress {
  feedback: Feedback;
  /** Responses so far, by question id. */
  answers: Record<string, QuizResponse>;
  /** Hints opened, by question id: 1 for the paragraph, 2 for the sentence. */
  hints?: Record<string, HintLevel>;
  /** Questions of the set that left the 错题本 while it was answered. */
  cleared?: string[];
  /** 今日复习 only: its questions, as they were due when it began. */
  questions?: string[];
}

/** How far a hint was opened: 1, the paragraph that settles the question; 2, the sentence. */
export type HintLevel = 1 | 2;

/** Everything the quiz remembers between visits. */
export interface Progress {
  version: typeof progressVersion;
  /** Unfinished sets, by set code. */
  sets: Record<string, SetProgress>;
  /** The 错题本: question ids. */
  mistakes: string[];
  /** The review schedule, by question id. */
  review: Record<string, ReviewCard>;
  /** Answers not yet taken into the schedule, oldest first. */
  waiting: Answered[];
  /** Review answers given today, for the daily cap. */
  reviewed?: ReviewedToday;
  /** Finished sets, newest first. */
  history: Attempt[];
}

/** What load() tells the reader about their saved progress, in plain Chinese. */
export const progressNotices = {
  unavailable: '此浏览器无法保存进度，本次练习结束后不会保留。',
  corrupted: '练习进度数据已损坏，已重置。',
  outdated: '练习进度的保存格式已更新，原有进度已重置。',
  newer: '这里的练习记录是新版网站保存的，本页不会改动它们；本次练习的进度不会保存。请刷新页面换用新版。',
  mistakes: '错题本数据已损坏，已重置。',
  review: '复习计划或练习历史的数据已损坏，损坏的部分已重置。',
  sets: '部分未完成练习的进度数据已损坏，已重置。',
} as const;

/** Progress for a reader who has none. */
export const emptyProgress = (): Progress => ({ version: progressVersion, sets: {}, mistakes: [], review: {}, waiting: [], history: [] });

/** The saved progress, and anything the reader should be told about it. */
export interface Loaded {
  data: Progress;
  notices: string[];
  /** The stored data is of a newer version than this page knows: it must not be written over. */
  newer: boolean;
}

/**
 * Reads the reader's progress. Never throws: whatever is broken is reset, and only that, with a notice.
 * Without usable storage the quiz still works, in memory, and says so.
 */
export function load(storage: SiteStorage | undefined): Loaded {
  const stored = readStored(storage, 'quiz');
  if (storage === undefined || stored.kind === 'unavailable')
    return { data: emptyProgress(), notices: [progressNotices.unavailable], newer: false };
  const notices: string[] = canWrite(storage) ? [] : [progressNotices.unavailable];
  const parsed = parse(stored);
  return { ...parsed, notices: [...notices, ...parsed.notices] };
}

/**
 * Saves the reader's progress; false if it could not be saved (storage missing, full or refused, or holding progress
 * of a newer version, which is left untouched). Never throws.
 */
export const save = (storage: SiteStorage | undefined, data: Progress): boolean => writeStored(storage, 'quiz', data);

/** A change to the progress, applied to whatever is stored when it is saved. */
export type Change = (progress: Progress) => Progress;

/** What update() made of a change: the progress to show, whether it is saved, and the changes still to be saved. */
export interface Updated {
  data: Progress;
  saved: boolean;
  /** Changes that storage refused (full, for one): each later update, and the page as it is hidden, try them again. */
  unsaved: Change[];
}

/**
 * Applies a change to the progress as stored now, not as this page last read it, and saves the result at once: a
 * second tab's sets and answers survive, and an answer is stored before the next screen is drawn. Changes refused
 * earlier (`unsaved`) are applied again first, in order, so that nothing the reader did is lost once storage takes
 * writes again. Where nothing can be read, or what is stored belongs to a newer version of the site (left
 * untouched), the change applies to `current`, the page's own copy, and is not saved.
 */
export function update(storage: SiteStorage | undefined, current: Progress, change: Change, unsaved: Change[] = []): Updated {
  const stored = readStored(storage, 'quiz');
  const parsed = parse(stored);
  if (stored.kind === 'unavailable' || parsed.newer) return { data: change(current), saved: false, unsaved: [] };
  const changes = [...unsaved, change];
  const data = changes.reduce((progress, next) => next(progress), parsed.data);
  const saved = save(storage, data);
  return { data, saved, unsaved: saved ? [] : changes };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isSetProgress = (value: unknown): value is SetProgress =>
  isRecord(value) &&
  (value['feedback'] === 'each' || value['feedback'] === 'end') &&
  isRecord(value['answers']) &&
  Object.values(value['answers']).every((answer) => typeof answer === 'string' || isStringList(answer)) &&
  (value['hints'] === undefined ||
    (isRecord(value['hints']) && Object.values(value['hints']).every((level) => level === 1 || level === 2))) &&
  (value['cleared'] === undefined || isStringList(value['cleared'])) &&
  (value['questions'] === undefined || isStringList(value['questions']));
const isReviewCard = (value: unknown): value is ReviewCard =>
  isRecord(value) &&
  isDate(value['due']) &&
  isDate(value['last']) &&
  ['stability', 'difficulty', 'reps', 'lapses', 'state', 'misses'].every((key) => isNumber(value[key]));
const isAnswered = (value: unknown): value is Answered =>
  isRecord(value) &&
  typeof value['id'] === 'string' &&
  typeof value['correct'] === 'boolean' &&
  typeof value['hinted'] === 'boolean' &&
  isDate(value['at']) &&
  (value['carried'] === undefined || value['carried'] === true);
const isReviewed = (value: unknown): value is ReviewedToday =>
  isRecord(value) && typeof value['day'] === 'string' && isNumber(value['count']);
const isAttempt = (value: unknown): value is Attempt =>
  isRecord(value) &&
  typeof value['code'] === 'string' &&
  isDate(value['finished']) &&
  ['right', 'total', 'hinted', 'cleared'].every((key) => isNumber(value[key]));

/**
 * Checks the stored JSON by hand rather than with zod, to keep zod out of the browser bundle.
 * Each part (the 错题本, each unfinished set, the schedule, the history) is checked apart, so that one broken part
 * does not cost the rest.
 */
function parse(stored: Stored): Loaded {
  const reset = (notice: string): Loaded => ({ data: emptyProgress(), notices: [notice], newer: false });
  if (stored.kind === 'unavailable' || stored.kind === 'none') return { data: emptyProgress(), notices: [], newer: false };
  if (stored.kind === 'corrupted') return reset(progressNotices.corrupted);
  const { version, value } = stored;
  if (version > progressVersion) return { data: emptyProgress(), notices: [progressNotices.newer], newer: true };
  if (version !== 1 && version !== progressVersion) return reset(progressNotices.outdated);

  const notices: string[] = [];
  const mistakes = value['mistakes'];
  if (!isStringList(mistakes)) notices.push(progressNotices.mistakes);
  const sets = isRecord(value['sets']) ? value['sets'] : {};
  const goodSets = Object.entries(sets).filter((entry): entry is [string, SetProgress] => isSetProgress(entry[1]));
  if (!isRecord(value['sets']) || goodSets.length < Object.keys(sets).length) notices.push(progressNotices.sets);
  const data: Progress = {
    ...emptyProgress(),
    sets: Object.fromEntries(goodSets),
    mistakes: isStringList(mistakes) ? mistakes : [],
  };
  if (version === 1) {
    // The 错题本 of version 1 enters the schedule as due today; the book itself is kept as it was.
    const at = new Date().toISOString();
    return { data: { ...data, waiting: data.mistakes.map((id) => ({ id, correct: false, hinted: false, at, carried: true })) }, notices, newer: false };
  }

  const review = isRecord(value['review']) ? value['review'] : {};
  const goodCards = Object.entries(review).filter((entry): entry is [string, ReviewCard] => isReviewCard(entry[1]));
  const waiting = Array.isArray(value['waiting']) ? value['waiting'] : [];
  const history = Array.isArray(value['history']) ? value['history'] : [];
  const reviewed = value['reviewed'];
  const whole =
    isRecord(value['review']) &&
    goodCards.length === Object.keys(review).length &&
    Array.isArray(value['waiting']) &&
    waiting.every(isAnswered) &&
    Array.isArray(value['history']) &&
    history.every(isAttempt) &&
    (reviewed === undefined || isReviewed(reviewed));
  if (!whole) notices.push(progressNotices.review);
  return {
    data: {
      ...data,
      review: Object.fromEntries(goodCards),
      waiting: waiting.filter(isAnswered),
      ...(isReviewed(reviewed) ? { reviewed } : {}),
      history: history.filter(isAttempt),
    },
    notices,
    newer: false,
  };
}
