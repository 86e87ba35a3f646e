import type { Question, QuestionType } from '../../schemas/question';
import { partName, type QuizPart } from './bank';
import { idsOf, type QuizResponse } from './check';
import type { SetKind } from './sets';

/** What each type of question is called on screen and paper. */
export const typeLabels: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
  order: '排序题',
};

/** What the reader is asked to do, by type of question. */
export const typeHints: Record<QuestionType, string> = {
  single: '选出一个正确答案。',
  multiple: '选出全部正确答案，少选、多选都算答错。',
  judge: '判断这句话是否正确。',
  order: '把各项排成正确的先后顺序。',
};

/** The letter of the option shown at a position: A, B, C… (a question has at most six options). */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/**
 * How a response reads, by the letters of the options as shown: `B`; `A、C、D` for multiple choice;
 * `C → A → B` for an order; `正确` or `错误` for true or false; `未作答` for none.
 */
export function describeResponse(question: Question, response: QuizResponse | undefined): string {
  if (response === undefined) return '未作答';
  const letterOf = (id: string) => {
    const index = question.options.findIndex((o) => o.id === id);
    if (question.type === 'judge') return question.options[index]?.text ?? id;
    return index < 0 ? id : optionLetter(index);
  };
  const letters = idsOf(response).map(letterOf);
  if (question.type === 'order') return letters.join(' → ');
  // Multiple choice reads in the order the options are shown, whatever order they were ticked in.
  return letters.sort().join('、');
}

/** The right answer, as describeResponse writes it. */
export const describeAnswer = (question: Question): string => describeResponse(question, question.answer);

/** A set's title: 选举纪律专题, 六、产生程序, 六、产生程序 · 五题自测, 随机抽题（20题）, 错题练习, 今日复习. */
export function setTitle(set: SetKind, parts: readonly QuizPart[]): string {
  switch (set.kind) {
    case 'discipline':
      return '选举纪律专题';
    case 'part':
      return partName(parts, set.part);
    case 'check':
      return `${partName(parts, set.part)} · 五题自测`;
    case 'mix':
      return `随机抽题（${set.size}题）`;
    case 'mistakes':
      return '错题练习';
    case 'review':
      return '今日复习';
  }
}
