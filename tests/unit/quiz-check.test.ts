import { describe, expect, it } from 'vitest';
import { idsOf, isCorrect, score } from '../../src/lib/quiz/check';
import { bankQuestion as question, readQuizParts } from '../helpers/bank';

const parts = readQuizParts();

// 公示时间: a 5个工作日 (right), b 5天.
const publicityDays = question('procedure-publicity-days');
// 组织考察实行等额考察…: the statement is wrong.
const equalInspection = question('procedure-competitive-inspection');
// 坚决杜绝哪些不正之风: a 拉票贿选, b 说情打招呼, c 跑风漏气, d 弄虚作假 are right; e 积极参与推荐提名 is not.
const unhealthyPractices = question('leadership-unhealthy-practices');
// The five steps: nomination, inspection, preliminary, prepared, election.
const fiveSteps = question('procedure-five-steps');

describe('checking one answer', () => {
  it('marks a single-choice answer right only for the right option', () => {
    expect(isCorrect(publicityDays, 'a')).toBe(true);
    expect(isCorrect(publicityDays, 'b')).toBe(false);
  });

  it('marks a true-or-false answer by whether the statement agrees with the handbook', () => {
    expect(isCorrect(equalInspection, 'wrong')).toBe(true);
    expect(isCorrect(equalInspection, 'right')).toBe(false);
  });

  it('accepts the right options of a multiple-choice question in any order', () => {
    expect(isCorrect(unhealthyPractices, ['d', 'b', 'a', 'c'])).toBe(true);
  });

  it('counts a partial multiple-choice answer as wrong', () => {
    expect(isCorrect(unhealthyPractices, ['a', 'b', 'c'])).toBe(false);
  });

  it('counts a multiple-choice answer with a wrong option added as wrong', () => {
    expect(isCorrect(unhealthyPractices, ['a', 'b', 'c', 'd', 'e'])).toBe(false);
  });

  it('requires the exact sequence for an ordering question', () => {
    expect(isCorrect(fiveSteps, ['nomination', 'inspection', 'preliminary', 'prepared', 'election'])).toBe(true);
    expect(isCorrect(fiveSteps, ['nomination', 'inspection', 'prepared', 'preliminary', 'election'])).toBe(false);
    expect(isCorrect(fiveSteps, ['nomination', 'inspection', 'preliminary', 'prepared'])).toBe(false);
  });

  it('counts an unanswered question, or an answer of the wrong form, as wrong', () => {
    expect(isCorrect(publicityDays, undefined)).toBe(false);
    expect(isCorrect(publicityDays, ['a'])).toBe(false);
    expect(isCorrect(unhealthyPractices, 'a')).toBe(false);
  });
});

describe('scoring a set', () => {
  const set = [unhealthyPractices, publicityDays, fiveSteps, equalInspection, question('preface-when-where')];

  it('gives the number right out of the number asked, unanswered questions counting as wrong', () => {
    const result = score(
      set,
      { [publicityDays.id]: 'a', [unhealthyPractices.id]: ['a', 'b'], [equalInspection.id]: 'wrong' },
      parts,
    );
    expect(result.right).toBe(2);
    expect(result.total).toBe(5);
  });

  it('breaks the score down by part, in reading order', () => {
    const result = score(set, { [publicityDays.id]: 'a', [unhealthyPractices.id]: ['a', 'b', 'c', 'd'] }, parts);
    expect(result.byPart).toEqual([
      { part: 'preface', right: 0, total: 1 },
      { part: 'procedure', right: 1, total: 3 },
      { part: 'leadership', right: 1, total: 1 },
    ]);
  });

  it('scores an empty set as nothing out of nothing', () => {
    expect(score([], {}, parts)).toEqual({ right: 0, total: 0, byPart: [] });
  });
});

describe('the options a response names', () => {
  it('are a list whatever the type of question, and empty for no response', () => {
    expect(idsOf('a')).toEqual(['a']);
    expect(idsOf(['b', 'a'])).toEqual(['b', 'a']);
    expect(idsOf(undefined)).toEqual([]);
  });
});
