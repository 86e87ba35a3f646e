import type { Bank, BankQuestion } from './bank';
import { questionsOf } from './progress';
import type { QuizSet } from './sets';
import type { Progress, SetProgress } from './storage';

/** Which screen the self-check shows, and what it needs; the component renders it (as presenterStep is for the presenter). */
export type SelfCheckScreen =
  /** No set in the address: choose one. */
  | { screen: 'chooser' }
  /** The address names no set that can be practised: say why, and offer the chooser. */
  | { screen: 'problem'; message: string }
  /** The set just finished: its results, kept on screen after its progress is dropped. */
  | { screen: 'results' }
  /** A set opened by its address and not begun yet. */
  | { screen: 'start'; set: QuizSet; questions: BankQuestion[] }
  /** A set being answered. */
  | { screen: 'run'; set: QuizSet; questions: BankQuestion[]; saved: SetProgress };

/** Shown for a 错题练习 with no questions left: the only kind of set that can come out empty. */
export const emptyMistakesMessage = '错题本里现在没有题，这组错题练习没有题可做。请选一组新的题。';

/**
 * The screen for the set code in the address (null: none), given the reader's progress and the code of the set
 * finished on this page, if any.
 */
export function selfCheckScreen(
  code: string | null,
  bank: Bank,
  progress: Progress,
  finishedCode: string | undefined,
): SelfCheckScreen {
  if (code === null) return { screen: 'chooser' };
  const resolved = questionsOf(code, bank, progress);
  if (!resolved.ok) return { screen: 'problem', message: resolved.error };
  const { set, questions } = resolved;
  if (finishedCode === set.code) return { screen: 'results' };
  if (questions.length === 0) return { screen: 'problem', message: emptyMistakesMessage };
  const saved = progress.sets[set.code];
  return saved ? { screen: 'run', set, questions, saved } : { screen: 'start', set, questions };
}
