import type { QuizResponse } from './check';

/**
 * The reader's progress, kept as one JSON value under the localStorage key `ershida-quiz`:
 *
 *   {
 *     "version": 1,
 *     "sets": {                                  // sets begun and not yet finished, by set code (see sets.ts)
 *       "d-7k3f": {
 *         "feedback": "each",                    // "each": right or wrong shown after every question; "end": at the end
 *         "answers": {                           // responses so far, by question id (see check.ts)
 *           "procedure-publicity-days": "a",
 *           "leadership-unhealthy-practices": ["a", "b", "c", "d"]
 *         }
 *       }
 *     },
 *     "mistakes": ["procedure-election-margin"]  // the 错题本 (see mistakes.ts)
 *   }
 *
 * A change of shape must raise `version`; load() resets data of any other version, with a notice
 * (a migration would go there once a second version exists).
 */
export const storageKey = 'ershida-quiz';
export const progressVersion = 1;

/** When the reader is told right or wrong: after each question, or only when the set is finished. */
export type Feedback = 'each' | 'end';

/** A set begun and not yet finished. */
export interface SetProgress {
  feedback: Feedback;
  /** Responses so far, by question id. */
  answers: Record<string, QuizResponse>;
}

/** Everything the quiz remembers between visits. */
export interface Progress {
  version: typeof progressVersion;
  /** Unfinished sets, by set code. */
  sets: Record<string, SetProgress>;
  /** The 错题本: question ids. */
  mistakes: string[];
}

/** The part of the Web Storage API the quiz uses; tests pass a fake. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What load() tells the reader about their saved progress, in plain Chinese. */
export const progressNotices = {
  unavailable: '此浏览器无法保存进度，本次练习结束后不会保留。',
  corrupted: '练习进度数据已损坏，已重置。',
  outdated: '练习进度的保存格式已更新，原有进度已重置。',
  mistakes: '错题本数据已损坏，已重置。',
  sets: '部分未完成练习的进度数据已损坏，已重置。',
} as const;

/** Progress for a reader who has none. */
export const emptyProgress = (): Progress => ({ version: progressVersion, sets: {}, mistakes: [] });

/** The saved progress, and anything the reader should be told about it. */
export interface Loaded {
  data: Progress;
  notices: string[];
}

/** window.localStorage, or undefined where it is missing or merely touching it throws (storage disabled). */
export function browserStorage(): ProgressStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the reader's progress. Never throws: whatever is broken is reset, and only that, with a notice.
 * Without usable storage the quiz still works, in memory, and says so.
 */
export function load(storage: ProgressStorage | undefined): Loaded {
  const raw = storage && readRaw(storage);
  if (storage === undefined || raw === undefined)
    return { data: emptyProgress(), notices: [progressNotices.unavailable] };
  // Safari's old private mode reads fine but throws on every write.
  const notices: string[] = canWrite(storage) ? [] : [progressNotices.unavailable];
  if (raw === null) return { data: emptyProgress(), notices };
  const { data, notices: problems } = parse(raw);
  return { data, notices: [...notices, ...problems] };
}

/** Saves the reader's progress; false if it could not be saved (storage missing, full or refused). Never throws. */
export function save(storage: ProgressStorage | undefined, data: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** The stored text, null if there is none, undefined if storage refuses to be read. */
function readRaw(storage: ProgressStorage): string | null | undefined {
  try {
    return storage.getItem(storageKey);
  } catch {
    return undefined;
  }
}

function canWrite(storage: ProgressStorage): boolean {
  const probe = `${storageKey}:probe`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isSetProgress = (value: unknown): value is SetProgress =>
  isRecord(value) &&
  (value['feedback'] === 'each' || value['feedback'] === 'end') &&
  isRecord(value['answers']) &&
  Object.values(value['answers']).every((answer) => typeof answer === 'string' || isStringList(answer));

/**
 * Checks the stored JSON by hand rather than with zod, to keep zod out of the browser bundle.
 * The 错题本 and each unfinished set are checked apart, so that one broken part does not cost the rest.
 */
function parse(raw: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { data: emptyProgress(), notices: [progressNotices.corrupted] };
  }
  if (!isRecord(value) || typeof value['version'] !== 'number')
    return { data: emptyProgress(), notices: [progressNotices.corrupted] };
  if (value['version'] !== progressVersion) return { data: emptyProgress(), notices: [progressNotices.outdated] };

  const notices: string[] = [];
  const mistakes = value['mistakes'];
  if (!isStringList(mistakes)) notices.push(progressNotices.mistakes);
  const sets = isRecord(value['sets']) ? value['sets'] : {};
  const goodSets = Object.entries(sets).filter((entry): entry is [string, SetProgress] => isSetProgress(entry[1]));
  if (!isRecord(value['sets']) || goodSets.length < Object.keys(sets).length) notices.push(progressNotices.sets);
  return {
    data: {
      version: progressVersion,
      sets: Object.fromEntries(goodSets),
      mistakes: isStringList(mistakes) ? mistakes : [],
    },
    notices,
  };
}
