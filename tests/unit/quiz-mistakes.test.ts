import { describe, expect, it } from 'vitest';
import { forgetRemoved, mistakeQuestions, noteAnswer } from '../../src/lib/quiz/mistakes';
import { readBankQuestions } from '../helpers/bank';

const bank = readBankQuestions();
const [first, second, third] = bank.map((q) => q.id) as [string, string, string];

describe('the 错题本', () => {
  it('gains a question answered wrong', () => {
    expect(noteAnswer([], first, false)).toEqual([first]);
  });

  it('keeps a question once, however often it is answered wrong', () => {
    expect(noteAnswer([first, second], first, false)).toEqual([second, first]);
  });

  it('loses a question once it is answered right', () => {
    expect(noteAnswer([first, second], first, true)).toEqual([second]);
  });

  it('is unchanged by a right answer to a question not in it', () => {
    expect(noteAnswer([first], second, true)).toEqual([first]);
  });

  it('lists its questions for practice, in the bank’s order', () => {
    expect(mistakeQuestions([third, first], bank).map((q) => q.id)).toEqual([first, third]);
  });

  it('drops questions the bank no longer has', () => {
    expect(mistakeQuestions([first, 'a-question-since-removed'], bank).map((q) => q.id)).toEqual([first]);
    expect(forgetRemoved([first, 'a-question-since-removed', second], bank)).toEqual([first, second]);
  });
});
