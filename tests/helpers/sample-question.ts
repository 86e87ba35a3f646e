import type { Question } from '../../src/schemas/question';

/** One well-formed single-choice question, as the bank holds it; a test spreads it and changes what it is about. */
export const sampleQuestion: Question = {
  id: 'procedure-publicity-days',
  part: 'procedure',
  kind: 'number',
  topics: ['procedure'],
  type: 'single',
  stem: '考察对象的公示时间一般为（　）。',
  options: [
    { id: 'b', text: '5天' },
    { id: 'a', text: '5个工作日' },
    { id: 'c', text: '7天' },
  ],
  answer: 'a',
  explanation: '手册写明公示时间为5个工作日。',
  source: { anchor: 'step-3-publicity', quote: '公示时间为5个工作日' },
};
