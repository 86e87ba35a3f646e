import { describe, expect, it } from 'vitest';
import { composeReport, maxNoteLength, reportMailto } from '../../src/lib/quiz/correction';
import { settlingSentence, hintFor } from '../../src/lib/quiz/hint';
import { stripWhitespace } from '../../src/lib/text';
import { readBankQuestions } from '../helpers/bank';
import { readBlocks } from '../helpers/handbook';
import { sampleQuestion } from '../helpers/sample-question';

const question = sampleQuestion;

describe('a 纠错 report', () => {
  const report = composeReport({ question, bankVersion: '3f2a9c1b', code: 'p6-x9ab', response: 'b', note: '  选项重复了？ ' });

  it('names the question, the bank’s version and the set, so the maintainer sees what the reader saw', () => {
    expect(report).toContain('题目编号：procedure-publicity-days');
    expect(report).toContain('题库版本：3f2a9c1b');
    expect(report).toContain('练习编号：p6-x9ab');
    expect(report).toContain('题目：考察对象的公示时间一般为（　）。');
  });

  it('gives the answer by the letter shown, with the options in the order shown', () => {
    expect(report).toContain('  A. 5天\n  B. 5个工作日\n  C. 7天');
    expect(report).toContain('我的答案：A');
  });

  it('carries the reader’s note, trimmed, or says there is none', () => {
    expect(report).toContain('意见：选项重复了？');
    expect(composeReport({ question, bankVersion: 'x', code: 'p6-x9ab', response: undefined, note: ' ' })).toContain(
      '我的答案：未作答\n意见：（未填写）',
    );
    const long = composeReport({ question, bankVersion: 'x', code: 'c', response: 'a', note: '很'.repeat(maxNoteLength + 50) });
    expect(long.endsWith('很'.repeat(maxNoteLength))).toBe(true);
    expect(long).not.toContain('很'.repeat(maxNoteLength + 1));
  });

  it('opens a mail app only where the site names an address, with the report as its words', () => {
    expect(reportMailto('', question, report)).toBeNull();
    const mailto = reportMailto('errata@example.org', question, report)!;
    expect(mailto.startsWith('mailto:errata@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(mailto.split('&body=')[1]!)).toBe(report);
  });
});

describe('a hint', () => {
  const paragraph = '组织考察后，要对考察对象进行公示。公示时间为5个工作日。公示结果不影响…的，才能列为候选人。';

  it('is the whole paragraph first, and then only the sentence that holds the quoted words', () => {
    const hint = hintFor(question, { 'step-3-publicity': paragraph });
    expect(hint).toEqual({ anchor: 'step-3-publicity', paragraph, sentence: '公示时间为5个工作日。' });
  });

  it('takes every sentence a quote runs across, and ignores spacing', () => {
    expect(settlingSentence(paragraph, '进行 公示。公示时间')).toBe('组织考察后，要对考察对象进行公示。公示时间为5个工作日。');
  });

  it('falls back to the whole paragraph when the quote is not in it, and to nothing when the paragraph is missing', () => {
    expect(settlingSentence(paragraph, '不在这里')).toBe(paragraph);
    expect(hintFor(question, {})).toBeNull();
  });
});

describe('the hints of the bank', () => {
  it('narrow every question to sentences of its paragraph that hold its quoted words', () => {
    const paragraphs = Object.fromEntries([...readBlocks()].map(([id, block]) => [id, block.text]));
    for (const q of readBankQuestions()) {
      const hint = hintFor(q, paragraphs);
      expect(hint, q.id).not.toBeNull();
      expect(stripWhitespace(hint!.sentence), q.id).toContain(stripWhitespace(q.source.quote));
    }
  });
});
