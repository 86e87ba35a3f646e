import type { Question } from '../../schemas/question';
import type { QuizResponse } from './check';
import { describeResponse, optionLetter } from './describe';

// 纠错: a reader who finds a fault in a question composes a report to copy, share through the device's share
// sheet, or (if the site names an address) e-mail by their own mail app. The site itself sends nothing.

/** What a report is about. */
export interface ReportSubject {
  question: Question;
  /** The bank's version (Bank.version): which wording of the question the reader saw. */
  bankVersion: string;
  /** The set code: with it the options' order, and so the letters, can be rebuilt. */
  code: string;
  /** The answer given, if any. */
  response: QuizResponse | undefined;
  /** The reader's own words. */
  note: string;
}

/** The longest note a report carries; beyond it the reader is told (a report is read by a person, not a system). */
export const maxNoteLength = 1000;

/** The report's title, also the e-mail subject. */
export const reportTitle = (question: Question): string => `题目纠错：${question.id}`;

/** The report as plain text, one fact a line, in the order a maintainer needs them. */
export function composeReport({ question, bankVersion, code, response, note }: ReportSubject): string {
  const options = question.type === 'judge' ? [] : question.options.map((o, i) => `${optionLetter(i)}. ${o.text}`);
  return [
    '【题目纠错】',
    `题目编号：${question.id}`,
    `题库版本：${bankVersion}`,
    `练习编号：${code}`,
    `题目：${question.stem}`,
    ...options.map((line) => `  ${line}`),
    `我的答案：${describeResponse(question, response)}`,
    `意见：${note.trim() === '' ? '（未填写）' : note.trim().slice(0, maxNoteLength)}`,
  ].join('\n');
}

/** A mailto: address that opens the reader's mail app with the report filled in; null when the site names none. */
export function reportMailto(email: string, question: Question, report: string): string | null {
  if (email.trim() === '') return null;
  return `mailto:${email.trim()}?subject=${encodeURIComponent(reportTitle(question))}&body=${encodeURIComponent(report)}`;
}
