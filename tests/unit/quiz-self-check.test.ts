import { describe, expect, it } from 'vitest';
import { recordAnswer, startSet } from '../../src/lib/quiz/progress';
import { emptyMistakesMessage, selfCheckScreen } from '../../src/lib/quiz/self-check';
import { invalidCodeMessage } from '../../src/lib/quiz/sets';
import { emptyProgress } from '../../src/lib/quiz/storage';
import { bankQuestion, readBankForTest } from '../helpers/bank';

const bank = readBankForTest();
const screenOf = (code: string | null, progress = emptyProgress(), finished?: string) =>
  selfCheckScreen(code, bank, progress, finished).screen;

describe('the self-check screen', () => {
  it('is the chooser when the address names no set', () => {
    expect(screenOf(null)).toBe('chooser');
  });

  it('explains a code that cannot be read, instead of a set', () => {
    expect(selfCheckScreen('not-a-code', bank, emptyProgress(), undefined)).toEqual({
      screen: 'problem',
      message: invalidCodeMessage,
    });
  });

  it('offers to begin a set opened by its address and not begun yet', () => {
    const shown = selfCheckScreen('p6-x9ab', bank, emptyProgress(), undefined);
    expect(shown.screen).toBe('start');
    expect(shown.screen === 'start' && shown.set).toEqual({ kind: 'part', part: 'procedure', code: 'p6-x9ab' });
  });

  it('takes up a begun set with the answers saved so far', () => {
    const publicityDays = bankQuestion('procedure-publicity-days');
    const progress = recordAnswer(startSet(emptyProgress(), 'p6-x9ab', 'end'), 'p6-x9ab', 'end', publicityDays, 'a');
    const shown = selfCheckScreen('P6-X9AB', bank, progress, undefined);
    expect(shown.screen === 'run' && shown.saved).toEqual({ feedback: 'end', answers: { [publicityDays.id]: 'a' } });
  });

  it('shows the results of the set just finished, though its progress is gone', () => {
    expect(screenOf('p6-x9ab', emptyProgress(), 'p6-x9ab')).toBe('results');
    expect(screenOf('p6-x9ab', emptyProgress(), 'd-7k3f')).toBe('start');
  });

  it('says so when a 错题练习 has no questions left', () => {
    expect(selfCheckScreen('m-5tq8', bank, emptyProgress(), undefined)).toEqual({
      screen: 'problem',
      message: emptyMistakesMessage,
    });
  });
});
