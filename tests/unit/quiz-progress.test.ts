import { describe, expect, it } from 'vitest';
import {
  clearMistakes,
  finishSet,
  questionsOf,
  recordAnswer,
  resumeAt,
  startSet,
  unfinishedSets,
} from '../../src/lib/quiz/progress';
import { resolveSet } from '../../src/lib/quiz/sets';
import { emptyProgress, type Progress } from '../../src/lib/quiz/storage';
import { bankQuestion as question, readBankForTest } from '../helpers/bank';

const bank = readBankForTest();
// 公示时间: a 5个工作日 (right), b 5天.
const publicityDays = question('procedure-publicity-days');
// 组织考察实行等额考察…: the statement is wrong.
const equalInspection = question('procedure-competitive-inspection');

describe('answering a set', () => {
  it('begins with no answers and the feedback the reader chose', () => {
    expect(startSet(emptyProgress(), 'd-7k3f', 'end').sets).toEqual({ 'd-7k3f': { feedback: 'end', answers: {} } });
  });

  it('keeps every answer given, by question', () => {
    let progress = startSet(emptyProgress(), 'p6-x9ab', 'end');
    progress = recordAnswer(progress, 'p6-x9ab', 'end', publicityDays, 'b');
    progress = recordAnswer(progress, 'p6-x9ab', 'end', equalInspection, 'wrong');
    expect(progress.sets['p6-x9ab']?.answers).toEqual({ [publicityDays.id]: 'b', [equalInspection.id]: 'wrong' });
  });

  it('puts a wrong answer in the 错题本 at once when right or wrong is shown after each question', () => {
    const progress = recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'b');
    expect(progress.mistakes).toEqual([publicityDays.id]);
    expect(recordAnswer(progress, 'p6-x9ab', 'each', publicityDays, 'a').mistakes).toEqual([]);
  });

  it('leaves the 错题本 alone until the end when right or wrong is shown at the end', () => {
    expect(recordAnswer(emptyProgress(), 'p6-x9ab', 'end', publicityDays, 'b').mistakes).toEqual([]);
  });

  it('does not change the progress it was given', () => {
    const before = emptyProgress();
    recordAnswer(before, 'p6-x9ab', 'each', publicityDays, 'b');
    expect(before).toEqual(emptyProgress());
  });
});

describe('finishing a set', () => {
  it('forgets the set, since it is no longer unfinished, and keeps the others', () => {
    let progress = recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'a');
    progress = startSet(progress, 'd-7k3f', 'end');
    expect(finishSet(progress, 'p6-x9ab', [publicityDays]).sets).toEqual({ 'd-7k3f': { feedback: 'end', answers: {} } });
  });

  it('with feedback at the end, files every answer in the 错题本, counting one left unanswered as wrong', () => {
    let progress: Progress = { ...emptyProgress(), mistakes: [publicityDays.id] };
    progress = startSet(progress, 'p6-x9ab', 'end');
    progress = recordAnswer(progress, 'p6-x9ab', 'end', publicityDays, 'a');
    const unanswered = question('procedure-five-steps');
    const finished = finishSet(progress, 'p6-x9ab', [publicityDays, equalInspection, unanswered]);
    expect(finished.mistakes).toEqual([equalInspection.id, unanswered.id]);
  });

  it('with feedback after each question, leaves the 错题本 as the answers left it', () => {
    const progress = recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'b');
    expect(finishSet(progress, 'p6-x9ab', [publicityDays, equalInspection]).mistakes).toEqual([publicityDays.id]);
  });
});

describe('starting again', () => {
  it('clears one set’s answers and keeps the other sets and the 错题本', () => {
    let progress = recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'b');
    progress = startSet(progress, 'd-7k3f', 'end');
    expect(startSet(progress, 'p6-x9ab', 'each')).toEqual({
      ...progress,
      sets: { 'p6-x9ab': { feedback: 'each', answers: {} }, 'd-7k3f': { feedback: 'end', answers: {} } },
    });
  });

  it('can empty the 错题本 alone', () => {
    const progress = recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'b');
    expect(clearMistakes(progress)).toEqual({ ...progress, mistakes: [] });
  });
});

describe('the questions of a set as begun', () => {
  it('are those its code fixes', () => {
    expect(questionsOf('D-7K3F', bank, emptyProgress())).toEqual(resolveSet('d-7k3f', bank));
  });

  it('keep a mistake answered right in the 错题练习 it was practised in', () => {
    let progress: Progress = { ...emptyProgress(), mistakes: [publicityDays.id, equalInspection.id] };
    progress = startSet(progress, 'm-5tq8', 'each');
    progress = recordAnswer(progress, 'm-5tq8', 'each', publicityDays, 'a');
    expect(progress.mistakes).toEqual([equalInspection.id]);
    const resolved = questionsOf('m-5tq8', bank, progress);
    expect(resolved.ok && resolved.questions.map((q) => q.id).sort()).toEqual([publicityDays.id, equalInspection.id].sort());
  });

  it('are taken up at the first question without an answer', () => {
    const questions = [publicityDays, equalInspection];
    expect(resumeAt(questions, {})).toBe(0);
    expect(resumeAt(questions, { [publicityDays.id]: 'a' })).toBe(1);
    expect(resumeAt(questions, { [equalInspection.id]: 'right' })).toBe(0);
  });

  it('are taken up at the last question once every one has an answer', () => {
    expect(resumeAt([publicityDays, equalInspection], { [publicityDays.id]: 'a', [equalInspection.id]: 'right' })).toBe(1);
  });
});

describe('unfinished sets offered to take up again', () => {
  it('count the questions answered so far', () => {
    const progress = recordAnswer(startSet(emptyProgress(), 'p6-x9ab', 'end'), 'p6-x9ab', 'end', publicityDays, 'a');
    const total = bank.questions.filter((q) => q.part === 'procedure').length;
    expect(unfinishedSets(progress, bank)).toEqual([
      { set: { kind: 'part', part: 'procedure', code: 'p6-x9ab' }, answered: 1, total },
    ]);
  });

  it('leave out codes that do not read and sets with no questions left', () => {
    let progress = startSet(emptyProgress(), 'not-a-code', 'each');
    progress = startSet(progress, 'm-5tq8', 'each');
    expect(unfinishedSets(progress, bank)).toEqual([]);
  });
});
