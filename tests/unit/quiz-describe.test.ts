import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/question';
import type { QuizPart } from '../../src/lib/quiz/bank';
import { describeAnswer, describeResponse, optionLetter, setTitle } from '../../src/lib/quiz/describe';
import { inQuotes } from '../../src/lib/quote';

const options = [
  { id: 'a', text: '拉票贿选' },
  { id: 'b', text: '说情打招呼' },
  { id: 'c', text: '积极参与推荐提名' },
];
const base = {
  id: 'sample',
  part: 'leadership',
  topics: ['discipline' as const],
  kind: 'wording' as const,
  stem: '题干',
  explanation: '解析',
  source: { anchor: 'leadership-requirements', quote: '坚决杜绝拉票贿选' },
};
const multiple: Question = { ...base, type: 'multiple', options, answer: ['b', 'a'] };
const order: Question = { ...base, type: 'order', options, answer: ['c', 'a', 'b'] };
const judge: Question = {
  ...base,
  type: 'judge',
  options: [
    { id: 'right', text: '正确' },
    { id: 'wrong', text: '错误' },
  ],
  answer: 'wrong',
};

describe('answers as the reader sees them', () => {
  it('name options by their letters as shown, A first', () => {
    expect([0, 1, 5].map(optionLetter)).toEqual(['A', 'B', 'F']);
    expect(describeResponse({ ...multiple, type: 'single', answer: 'b' }, 'c')).toBe('C');
  });

  it('list multiple choices in the order shown, whatever order they were ticked in', () => {
    expect(describeAnswer(multiple)).toBe('A、B');
  });

  it('give an order as a sequence of letters', () => {
    expect(describeAnswer(order)).toBe('C → A → B');
  });

  it('give true or false in words', () => {
    expect(describeAnswer(judge)).toBe('错误');
    expect(describeResponse(judge, 'right')).toBe('正确');
  });

  it('say when there is no answer', () => {
    expect(describeResponse(multiple, undefined)).toBe('未作答');
  });
});

describe('set titles', () => {
  const parts: QuizPart[] = [
    { id: 'preface', order: 0, label: '前言' },
    { id: 'procedure', order: 6, label: '六、产生程序' },
  ];

  it('name each kind of set in plain words', () => {
    expect(setTitle({ kind: 'discipline' }, parts)).toBe('选举纪律专题');
    expect(setTitle({ kind: 'part', part: 'procedure' }, parts)).toBe('六、产生程序');
    expect(setTitle({ kind: 'part', part: 'preface' }, parts)).toBe('前言');
    expect(setTitle({ kind: 'mix', size: 20 }, parts)).toBe('随机抽题（20题）');
    expect(setTitle({ kind: 'mistakes' }, parts)).toBe('错题练习');
  });
});

describe('quotations of the handbook', () => {
  it('are set in double quotation marks, with single ones inside', () => {
    expect(inQuotes('严把人选身份关，防止“顶帽子”')).toBe('“严把人选身份关，防止‘顶帽子’”');
  });
});
