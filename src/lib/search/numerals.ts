/** Chinese numerals read as digits, so that 五个工作日 can be found where the handbook prints 5个工作日. */
import type { FoldedText } from '../text';

const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The number a run of Chinese numerals writes, in digits: 五 → 5, 六十九 → 69, 二千三百 → 2300, 二〇二二 → 2022. */
export function numeralValue(run: string): string {
  const chars = [...run];
  // Without 十百千 the characters are digits read in turn, as in a year.
  if (!chars.some((c) => c in units)) return chars.map((c) => digits[c] ?? '').join('');
  let value = 0;
  let digit = 0;
  for (const c of chars) {
    if (c in units) {
      value += (digit || 1) * units[c]!;
      digit = 0;
    } else {
      digit = digits[c] ?? 0;
    }
  }
  return String(value + digit);
}

// A run starts with a digit or 十 (十五); 百分之十五 is a percentage.
const numeral = /百分之([〇零一二三四五六七八九十百千]+)|[〇零一二三四五六七八九十][〇零一二三四五六七八九十百千]*/gu;

/** Rewrites the Chinese numerals in folded text as digits (百分之十五 → 15%), keeping the map to the original. */
export function foldNumerals(folded: FoldedText): FoldedText {
  const out: FoldedText = { text: '', start: [], end: [] };
  const copy = (from: number, to: number) => {
    out.text += folded.text.slice(from, to);
    out.start.push(...folded.start.slice(from, to));
    out.end.push(...folded.end.slice(from, to));
  };
  let done = 0;
  for (const match of folded.text.matchAll(numeral)) {
    const from = match.index;
    const to = from + match[0].length;
    copy(done, from);
    const value = match[1] ? `${numeralValue(match[1])}%` : numeralValue(match[0]);
    // Every digit written stands for the whole run, so a match on part of it still marks the whole number.
    for (let i = 0; i < value.length; i++) {
      out.start.push(folded.start[from]!);
      out.end.push(folded.end[to - 1]!);
    }
    out.text += value;
    done = to;
  }
  copy(done, folded.text.length);
  return out;
}
