import type { QuizResponse } from '../quiz/check';

/**
 * Counts the secretary enters for one question, by show of hands or from the paper sheets: how many chose each
 * option; for multiple-choice and order questions, where hands per option do not tell who got it all right,
 * also how many answered and how many answered right.
 */
export interface HandTally {
  /** People per option id. */
  options: Record<string, number>;
  /** Multiple-choice and order only: how many answered. */
  answered?: number;
  /** Multiple-choice and order only: how many had it exactly right. */
  right?: number;
}

/** A phone's result as counted: its member's name (may be empty) and responses. */
export interface PhoneEntry {
  name: string;
  answers: Record<string, QuizResponse>;
}

/** Everything the room has answered so far in one session. */
export interface Tally {
  /** Phones scanned, by phone id: a phone scanned again replaces its own entry and is counted once. */
  phones: Record<string, PhoneEntry>;
  /** Show of hands and paper, by question id. */
  hands: Record<string, HandTally>;
}

export const emptyTally = (): Tally => ({ phones: {}, hands: {} });

/** The tally with one question's hand count set (or cleared, with undefined). */
export function setHands(tally: Tally, questionId: string, count: HandTally | undefined): Tally {
  const hands = { ...tally.hands };
  if (count === undefined) delete hands[questionId];
  else hands[questionId] = count;
  return { ...tally, hands };
}
