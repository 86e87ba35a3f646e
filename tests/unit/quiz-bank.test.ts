import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { questionSchema, type Question } from '../../src/schemas/question';
import { readBankFiles, readBankQuestions, readQuizParts } from '../helpers/bank';
import { readBlocks } from '../helpers/handbook';
import { sampleQuestion } from '../helpers/sample-question';

const files = readBankFiles();
const blocks = readBlocks();
const handbookParts = new Set([...blocks.values()].map((b) => b.part));

describe('the bank files', () => {
  it('has one file for each part of the handbook', () => {
    expect(files.map((f) => f.part).sort()).toEqual([...handbookParts].sort());
  });

  for (const file of files) {
    it(`${file.part}.yaml is a list of questions that pass the schema, none writing its part (the file name says it)`, () => {
      const raw = file.raw as Record<string, unknown>[];
      expect(raw.filter((q) => 'part' in q).map((q) => q.id)).toEqual([]);
      const result = z.array(questionSchema).safeParse(raw.map((q) => ({ ...q, part: file.part })));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }

  for (const file of files) {
    it(`${file.part}.yaml holds only questions citing its own part`, () => {
      for (const q of readBankQuestions().filter((question) => question.part === file.part)) {
        for (const { anchor } of [q.source, ...(q.furtherSources ?? [])])
          expect(blocks.get(anchor)?.part, `${q.id} cites #${anchor}`).toBe(file.part);
      }
    });
  }
});

describe('the questions', () => {
  const bank = readBankQuestions();
  const repeated = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

  it('have ids unique across the bank', () => {
    expect(repeated(bank.map((q) => q.id))).toEqual([]);
  });

  // Repeated stems and quotes not in their paragraph are checked with the bank report (quiz-report.test.ts).

  it('are written with Chinese punctuation and without stray spaces (a blank to fill is （　）)', () => {
    const texts = bank.flatMap((q) => [q.stem, q.explanation, ...q.options.map((o) => o.text)]);
    expect(texts.filter((t) => /\s|["',;:?!()]/.test(t.replaceAll('（　）', '')))).toEqual([]);
  });

  const count = (pick: (q: Question) => boolean) => bank.filter(pick).length;

  it('number at least 60, at least 25 of them on election discipline', () => {
    expect(bank.length).toBeGreaterThanOrEqual(60);
    expect(count((q) => q.topics.includes('discipline'))).toBeGreaterThanOrEqual(25);
  });

  it('use every question type', () => {
    expect(new Set(bank.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'judge', 'order']));
  });

  it('cover every part from 一 to 七', () => {
    const chapters = readQuizParts().filter((p) => p.order >= 1);
    expect(chapters.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const part of chapters) expect(count((q) => q.part === part.id), part.label).toBeGreaterThan(0);
  });

  it('include ordering the five steps by which delegates are chosen', () => {
    const steps = bank.find(
      (q): q is Extract<Question, { type: 'order' }> => q.type === 'order' && q.options.some((o) => o.text === '推荐提名'),
    );
    const texts = steps?.answer.map((id) => steps.options.find((o) => o.id === id)?.text);
    expect(texts).toEqual(['推荐提名', '组织考察', '确定代表候选人初步人选', '确定代表候选人预备人选', '会议选举']);
  });
});

describe('the question schema', () => {
  const single = sampleQuestion;
  const rejects = (question: object) => expect(questionSchema.safeParse(question).success).toBe(false);

  it('accepts a well-formed question', () => {
    expect(questionSchema.safeParse(single).success).toBe(true);
  });

  it('rejects an answer that names no option of the question', () => {
    rejects({ ...single, answer: 'd' });
    rejects({ ...single, type: 'multiple', answer: ['a', 'd'] });
  });

  it('rejects a multiple-choice question with fewer than two right options', () => {
    rejects({ ...single, type: 'multiple', answer: ['a'] });
  });

  it('rejects an order answer that is not every option exactly once', () => {
    rejects({ ...single, type: 'order', answer: ['a', 'b'] });
    rejects({ ...single, type: 'order', answer: ['a', 'b', 'b'] });
  });

  it('rejects repeated options', () => {
    rejects({ ...single, options: [...single.options, { id: 'd', text: '5天' }] });
    rejects({ ...single, options: [...single.options, { id: 'a', text: '3个工作日' }] });
  });

  it('gives every true-or-false question the options 正确 and 错误, in that order', () => {
    const judge = questionSchema.parse({ ...single, type: 'judge', options: undefined, answer: 'wrong' });
    expect(judge.options.map((o) => o.text)).toEqual(['正确', '错误']);
    rejects({ ...single, type: 'judge', answer: 'a' });
  });
});
