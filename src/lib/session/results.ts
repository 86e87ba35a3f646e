import { isCorrect } from '../quiz/check';
import type { Question } from '../../schemas/question';
import type { Tally } from './tally';

/** One option's count in a question's result. */
export interface OptionCount {
  id: string;
  count: number;
  isRight: boolean;
}

/** How the room did on one question. */
export interface QuestionResult {
  question: Question;
  /** Its number in the set, from 1. */
  number: number;
  answered: number;
  right: number;
  /** right / answered, or null when nobody answered. */
  share: number | null;
  /** Per option as shown (for an order question: how many put it first). */
  options: OptionCount[];
  /** Why the counts cannot all be true: more than the room, more right than answered, … (empty when fine). */
  warnings: string[];
}

const rightIds = (question: Question): readonly string[] => (typeof question.answer === 'string' ? [question.answer] : question.answer);

/** The room's results per question, in set order. `room` is the number present, if the secretary entered it. */
export function tallyResults(questions: readonly Question[], tally: Tally, room: number | null): QuestionResult[] {
  const phones = Object.values(tally.phones);
  return questions.map((question, index) => {
    const right = rightIds(question);
    const counts = new Map(question.options.map((o) => [o.id, 0]));
    let answered = 0;
    let correct = 0;
    for (const phone of phones) {
      const response = phone.answers[question.id];
      if (response === undefined) continue;
      answered++;
      if (isCorrect(question, response)) correct++;
      const chosen = typeof response === 'string' ? [response] : question.type === 'order' ? response.slice(0, 1) : response;
      for (const id of chosen) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const hands = tally.hands[question.id];
    const warnings: string[] = [];
    if (hands) {
      for (const [id, n] of Object.entries(hands.options)) if (counts.has(id)) counts.set(id, counts.get(id)! + n);
      if (question.type === 'single' || question.type === 'judge') {
        answered += Object.values(hands.options).reduce((a, b) => a + b, 0);
        correct += hands.options[question.answer] ?? 0;
      } else {
        const handAnswered = hands.answered ?? 0;
        const handRight = hands.right ?? 0;
        if (handRight > handAnswered) warnings.push(`答对的人数（${handRight}）多于作答人数（${handAnswered}）。`);
        if (Object.values(hands.options).some((n) => n > handAnswered))
          warnings.push(`某个选项的人数多于作答人数（${handAnswered}）。`);
        answered += handAnswered;
        correct += handRight;
      }
    }
    if (room !== null && answered > room) warnings.push(`作答人数（${answered}）多于到会人数（${room}），请核对。`);
    return {
      question,
      number: index + 1,
      answered,
      right: correct,
      share: answered > 0 ? correct / answered : null,
      options: question.options.map((o) => ({ id: o.id, count: counts.get(o.id) ?? 0, isRight: question.type !== 'order' && right.includes(o.id) })),
      warnings,
    };
  });
}

/** The questions the room found hardest first: lowest share right; unanswered ones last; ties in set order. */
export const hardestFirst = (results: readonly QuestionResult[]): QuestionResult[] =>
  [...results].sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || a.number - b.number);

/** A share as a whole percentage: 67%. */
export const percentText = (share: number | null): string => (share === null ? '无人作答' : `${Math.round(share * 100)}%`);

/** Who took part: the most who answered any one question, and the names given on phones (in the order scanned). */
export function attendance(results: readonly QuestionResult[], tally: Tally): { answered: number; names: string[] } {
  const names = Object.values(tally.phones)
    .map((p) => p.name)
    .filter((n) => n !== '');
  return { answered: Math.max(0, ...results.map((r) => r.answered)), names };
}
