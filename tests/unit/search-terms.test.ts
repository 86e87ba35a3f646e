import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/text';
import { questionPieces, withoutQuestionWords } from '../../src/lib/search/question';
import { inputSlips, readerTerms } from '../../src/lib/search/terms';
import { readBlocks } from '../helpers/handbook';

const text = foldText([...readBlocks().values()].map((b) => b.text).join('\n')).text;

describe('the reader’s words (src/lib/search/terms.ts)', () => {
  it.each(Object.entries(readerTerms))('%s leads to handbook terms that are in the text: %s', (_, terms) => {
    for (const term of terms) expect(text).toContain(foldText(term).text);
  });

  it.each(Object.entries(inputSlips))('the slip %s is not in the text, and %s is', (slip, meant) => {
    expect(text).not.toContain(slip);
    expect(text).toContain(meant);
  });
});

describe('reading a question', () => {
  it('drops question and function words, keeping what is left between them apart', () => {
    expect(withoutQuestionWords('差额比例是多少')).toEqual(['差额比例是']);
    expect(withoutQuestionWords('二十大什么时候开')).toEqual(['二十大', '开']);
    expect(withoutQuestionWords('有哪些')).toEqual(['有']);
  });

  it('puts input-method slips right and adds the handbook’s terms for the reader’s words, numerals as digits', () => {
    expect(questionPieces('查额比例')).toEqual(['差额比例']);
    expect(questionPieces('公示几天')).toEqual(['公示', '天', '个工作日']);
    expect(questionPieces('五个工作日')).toEqual(['5个工作日']);
  });
});
