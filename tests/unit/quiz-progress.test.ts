import { describe, expect, it } from 'vitest';
import { finishSet, noteHint, recordAnswer } from '../../src/lib/quiz/answering';
import {
  clearMistakes,
  questionsOf,
  resumeAt,
  reviewIds,
  startSet,
  takeIntoSchedule,
  unfinishedSets,
} from '../../src/lib/quiz/progress';
import { dailyCap } from '../../src/lib/quiz/review';
import { schedule } from '../../src/lib/quiz/scheduler';
import { resolveSet, sessionSize } from '../../src/lib/quiz/sets';
import { emptyProgress, type Progress } from '../../src/lib/quiz/storage';
import { bankQuestion as question, readBankForTest } from '../helpers/bank';

const bank = readBankForTest();
// 公示时间: a 5个工作日 (right), b 5天.
const publicityDays = question('procedure-publicity-days');
// 组织考察实行等额考察…: the statement is wrong.
const equalInspection = question('procedure-competitive-inspection');
/** The judge answer that is not the key, whichever way the bank states it. */
const missedInspection = equalInspection.answer === 'right' ? 'wrong' : 'right';

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
    // A part of more than a session: answer a question the code drew.
    const drawn = resolveSet('p6-x9ab', bank);
    if (!drawn.ok) throw new Error(drawn.error);
    const progress = recordAnswer(startSet(emptyProgress(), 'p6-x9ab', 'end'), 'p6-x9ab', 'end', drawn.questions[0]!, 'a');
    const total = Math.min(sessionSize, bank.questions.filter((q) => q.part === 'procedure').length);
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

describe('hints', () => {
  it('are kept with the set, the deeper level winning, and go with the answer to the schedule', () => {
    let progress = startSet(emptyProgress(), 'p6-x9ab', 'each');
    progress = noteHint(progress, 'p6-x9ab', publicityDays.id, 2);
    progress = noteHint(progress, 'p6-x9ab', publicityDays.id, 1);
    expect(progress.sets['p6-x9ab']?.hints).toEqual({ [publicityDays.id]: 2 });
    progress = recordAnswer(progress, 'p6-x9ab', 'each', publicityDays, 'a');
    expect(progress.waiting.map((a) => [a.id, a.correct, a.hinted])).toEqual([[publicityDays.id, true, true]]);
  });

  it('do not cost a point: the score of a hinted right answer is right', () => {
    let progress = startSet(emptyProgress(), 'p6-x9ab', 'each');
    progress = noteHint(progress, 'p6-x9ab', publicityDays.id, 1);
    progress = recordAnswer(progress, 'p6-x9ab', 'each', publicityDays, 'a');
    expect(finishSet(progress, 'p6-x9ab', [publicityDays]).history[0]).toMatchObject({ right: 1, total: 1, hinted: 1 });
  });
});

describe('the history of attempts', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('keeps the score of every finished set, newest first, and how many left the 错题本', () => {
    let progress: Progress = { ...emptyProgress(), mistakes: [publicityDays.id, equalInspection.id] };
    progress = startSet(progress, 'm-5tq8', 'each');
    progress = recordAnswer(progress, 'm-5tq8', 'each', publicityDays, 'a', now);
    progress = recordAnswer(progress, 'm-5tq8', 'each', equalInspection, missedInspection, now);
    progress = finishSet(progress, 'm-5tq8', [publicityDays, equalInspection], now);
    progress = startSet(progress, 'p6-x9ab', 'end');
    progress = finishSet(progress, 'p6-x9ab', [publicityDays], new Date('2026-12-02T10:00:00Z'));
    expect(progress.history).toEqual([
      { code: 'p6-x9ab', finished: '2026-12-02T10:00:00.000Z', right: 0, total: 1, hinted: 0, cleared: 0 },
      { code: 'm-5tq8', finished: '2026-12-01T10:00:00.000Z', right: 1, total: 2, hinted: 0, cleared: 1 },
    ]);
  });

  it('counts questions leaving the 错题本 at the end when right or wrong is shown at the end', () => {
    let progress: Progress = { ...emptyProgress(), mistakes: [publicityDays.id] };
    progress = startSet(progress, 'p6-x9ab', 'end');
    progress = recordAnswer(progress, 'p6-x9ab', 'end', publicityDays, 'a', now);
    expect(finishSet(progress, 'p6-x9ab', [publicityDays], now).history[0]?.cleared).toBe(1);
  });
});

describe('今日复习', () => {
  const day1 = new Date('2026-12-01T10:00:00Z');
  const day2 = new Date('2026-12-02T10:00:00Z');
  const scheduled = (progress: Progress) => takeIntoSchedule(progress, schedule);

  it('offers the questions got wrong yesterday, and not those answered right', () => {
    let progress = startSet(emptyProgress(), 'p6-x9ab', 'each');
    progress = recordAnswer(progress, 'p6-x9ab', 'each', publicityDays, 'b', day1);
    progress = recordAnswer(progress, 'p6-x9ab', 'each', equalInspection, equalInspection.answer, day1);
    progress = scheduled(progress);
    expect(progress.waiting).toEqual([]);
    expect(reviewIds(progress, bank, day1)).toEqual([]);
    expect(reviewIds(progress, bank, day2)).toEqual([publicityDays.id]);
  });

  it('keeps its questions while they are answered, and counts them against the daily cap', () => {
    let progress = scheduled(recordAnswer(emptyProgress(), 'p6-x9ab', 'each', publicityDays, 'b', day1));
    const due = reviewIds(progress, bank, day2);
    progress = startSet(progress, 'r-9pqs', 'each', due);
    progress = scheduled(recordAnswer(progress, 'r-9pqs', 'each', publicityDays, 'a', day2));
    const resolved = questionsOf('r-9pqs', bank, progress);
    expect(resolved.ok && resolved.questions.map((q) => q.id)).toEqual([publicityDays.id]);
    expect(progress.reviewed).toEqual({ day: '2026-12-02', count: 1 });
    expect(reviewIds(progress, bank, day2)).toEqual([]);
  });

  it('leaves out questions the bank no longer has', () => {
    const progress = scheduled({ ...emptyProgress(), waiting: [{ id: 'gone', correct: false, hinted: false, at: day1.toISOString() }] });
    expect(reviewIds(progress, bank, day2)).toEqual([]);
  });

  it('holds at most a day’s worth', () => {
    const waiting = bank.questions.slice(0, dailyCap + 3).map((q) => ({ id: q.id, correct: false, hinted: false, at: day1.toISOString() }));
    expect(reviewIds(scheduled({ ...emptyProgress(), waiting }), bank, day2)).toHaveLength(dailyCap);
  });
});
