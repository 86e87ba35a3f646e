import { startStage, type Stage } from '../quiz/presenter';
import { emptyTally, type Tally } from './tally';

/** A study session under way on the presenter's device: what is on screen, and what the room has answered. */
export interface LiveSession {
  /** The set's code (sets.ts). */
  code: string;
  /** The day, YYYY-MM-DD, as the secretary's clock gives it. */
  date: string;
  /** What the session is, e.g. 主题党日：学习选举纪律. */
  topic: string;
  /** How many are present (到会人数), if entered. */
  room: number | null;
  notes: string;
  tally: Tally;
  /** The screen on the projector, so a reload comes back to it. */
  stage: Stage;
}

/** Today's date, YYYY-MM-DD, in local time. */
export const today = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export const newSession = (code: string, date: string): LiveSession => ({
  code,
  date,
  topic: '',
  room: null,
  notes: '',
  tally: emptyTally(),
  stage: startStage,
});

/** The stage a session was left on, still valid for a set of `total` questions (a stored one may not be). */
export function resumeStage(stage: Stage | undefined, total: number): Stage {
  if (!stage || typeof stage !== 'object') return startStage;
  if (stage.screen === 'end') return total > 0 ? stage : startStage;
  if (stage.screen === 'question' && Number.isInteger(stage.index) && stage.index >= 0 && stage.index < total)
    return { screen: 'question', index: stage.index, revealed: stage.revealed === true };
  return startStage;
}
