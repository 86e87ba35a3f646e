import { describe, expect, it } from 'vitest';
import { questionPassages } from '../../src/lib/read-aloud/question';
import { questionSchema } from '../../src/schemas/question';
import { sampleQuestion } from '../helpers/sample-question';

const base = { ...sampleQuestion, options: undefined };
const spoken = (passages: ReturnType<typeof questionPassages>) => passages.map((p) => p.map((u) => u.spoken).join(''));

describe('a quiz question read aloud', () => {
  it('reads the number, type and stem, then each option with its letter, numbers in words', () => {
    const question = questionSchema.parse({
      ...base,
      type: 'single',
      stem: '代表候选人初步人选的公示时间为多长？',
      options: [
        { id: 'a', text: '5个工作日' },
        { id: 'b', text: '3个工作日' },
        { id: 'c', text: '7个工作日' },
      ],
      answer: 'a',
    });
    expect(spoken(questionPassages(question, 1))).toEqual(['第一题，单选题。代表候选人初步人选的公示时间为多长？', 'A，五个工作日', 'B，三个工作日', 'C，七个工作日']);
  });
  it('reads 正确 and 错误 without letters for a true-or-false question', () => {
    const question = questionSchema.parse({ ...base, type: 'judge', stem: '公示时间为5个工作日。', answer: 'right' });
    expect(spoken(questionPassages(question, 2))).toEqual(['第二题，判断题。公示时间为五个工作日。', '正确', '错误']);
  });
});
