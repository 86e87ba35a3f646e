import { describe, expect, it } from 'vitest';
import { readBlocks } from '../helpers/handbook';
import { readQuestions } from '../helpers/questions';

const blocks = readBlocks();
const questions = readQuestions();

describe('the question set', () => {
  it('has at least 50 questions, none repeated', () => {
    expect(questions.length).toBeGreaterThanOrEqual(50);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  });

  it.each(questions.map((q) => [q.q, q] as const))('%s: the quote stands in its answering paragraph', (_, question) => {
    expect(blocks.get(question.id)?.text).toContain(question.quote);
    for (const id of question.also ?? []) expect(blocks.has(id)).toBe(true);
  });

  it('asks about every part', () => {
    expect(new Set(questions.map((q) => blocks.get(q.id)?.part))).toEqual(new Set([...blocks.values()].map((b) => b.part)));
  });
});
