import type { Question } from '../../schemas/question';
import { lettersOf } from './result-code';

/**
 * The one-line answer key of a set, for the secretary's page of the sheet: `1.D 2.C 3.ABCE 4.√ 5.CABD`, by the
 * letters as printed; a true-or-false question reads √ (正确) or × (错误).
 */
export function shortKey(questions: readonly Question[]): string {
  return questions
    .map((q, i) => `${i + 1}.${q.type === 'judge' ? (q.answer === 'right' ? '√' : '×') : lettersOf(q, q.answer)}`)
    .join(' ');
}
