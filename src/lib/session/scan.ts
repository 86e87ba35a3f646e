import type { Question } from '../../schemas/question';
import { decodeResult, responsesOf, type PhoneResult } from './result-code';
import type { Tally } from './tally';

/** What scanning a phone's result did, with what to tell the secretary. */
export type ScanOutcome =
  | { kind: 'added' | 'again' | 'updated'; tally: Tally; message: string }
  | { kind: 'refused'; tally: Tally; message: string };

/** Adds a phone's result to the tally, refusing one from another set and counting a phone once. */
export function addPhone(tally: Tally, result: PhoneResult, code: string, questions: readonly Question[]): ScanOutcome {
  if (result.code !== code)
    return {
      kind: 'refused',
      tally,
      message: `这个结果属于另一组题（编号 ${result.code}），本场是 ${code}，没有计入。请这位同志扫屏幕上的二维码重新作答。`,
    };
  const answers = responsesOf(result, questions);
  if (!answers)
    return { kind: 'refused', tally, message: '这个结果与本组题目对不上，没有计入。请这位同志刷新手机页面后再扫。' };
  const who = result.name || '这部手机';
  const before = tally.phones[result.phone];
  const next: Tally = { ...tally, phones: { ...tally.phones, [result.phone]: { name: result.name, answers } } };
  if (!before) return { kind: 'added', tally: next, message: `已计入${who}的结果。` };
  const same = JSON.stringify(before.answers) === JSON.stringify(answers) && before.name === result.name;
  if (same) return { kind: 'again', tally, message: `${who}的结果已经扫过，只计一次。` };
  return { kind: 'updated', tally: next, message: `${who}的结果已经扫过，已换成这次的答案，仍只计一次。` };
}

/** Reads a scanned code's text and adds it to the tally: what `addPhone` does, or a refusal for a code that does not read. */
export function scanText(tally: Tally, text: string, code: string, questions: readonly Question[]): ScanOutcome {
  const decoded = decodeResult(text);
  return decoded.ok ? addPhone(tally, decoded.result, code, questions) : { kind: 'refused', tally, message: decoded.error };
}
