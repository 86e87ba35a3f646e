/** A quiz question as read aloud: its number, type and stem, then each option with the letter shown beside it. */
import { optionLetter, typeLabels } from '../quiz/describe';
import type { Question } from '../../schemas/question';
import { utterances, type Utterance } from './utterances';

/** The passages read for a question, in order: the question line, then one per option. */
export function questionPassages(question: Question, number: number): Utterance[][] {
  const lines = [
    `第${number}题，${typeLabels[question.type]}。${question.stem}`,
    // 正确 / 错误 carry no letter on screen, so none is read.
    ...question.options.map((option, index) => (question.type === 'judge' ? option.text : `${optionLetter(index)}，${option.text}`)),
  ];
  return lines.map((line) => utterances(line));
}
