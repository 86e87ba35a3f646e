/**
 * Turning a paragraph into what the speech engine is given: one utterance per sentence (some engines cut a long
 * utterance short, and a sentence is where a reader expects a pause), and digits written out the way they are said,
 * so that every engine reads 15% as 百分之十五 and 2022年 as 二〇二二年 rather than letter by letter.
 */
import { splitSentences } from '../text';

/** One piece of a paragraph, spoken as one utterance. */
export interface Utterance {
  /** The words as printed. */
  readonly text: string;
  /** The words as given to the speech engine. */
  readonly spoken: string;
  /** Where `text` starts and ends in the paragraph, in UTF-16 units, to mark the sentence being read. */
  readonly start: number;
  readonly end: number;
}

/**
 * The longest utterance handed to an engine, in characters. Chrome's network voices stop after about 15 seconds of
 * speech; at a slow rate 60 Chinese characters take about that long. A longer sentence is split at ；：，.
 */
export const MAX_UTTERANCE = 60;

const HAN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL_UNITS = ['', '十', '百', '千'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/** One group of four digits (0–9999) in words, without leading 零. */
function groupWords(group: number): string {
  let words = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      zero = words !== '';
      continue;
    }
    if (zero) words += '零';
    zero = false;
    // 两千, 两百 as people say them; 二十 and a final 二 stay.
    const name = digit === 2 && place >= 2 ? '两' : HAN_DIGITS[digit]!;
    words += name + SMALL_UNITS[place]!;
  }
  return words;
}

/** A whole number in words as it is said: 69 → 六十九, 2300 → 两千三百, 9500 → 九千五百, 100 → 一百, 12 → 十二. */
export function integerWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) return String(value);
  if (value === 0) return '零';
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let words = '';
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    // A gap inside the number is read as one 零: 10050 → 一万零五十.
    if (words !== '' && (group < 1000 || groups[i + 1] === 0)) words += '零';
    words += groupWords(group) + GROUP_UNITS[i]!;
  }
  // 10–19 at the front are 十…, not 一十….
  return words.replace(/^一十/, '十');
}

/** A number as printed (69, 56.7) in words: the decimals are read digit by digit after 点. */
export function numberWords(digits: string): string {
  const [whole = '', decimals] = digits.split('.');
  const head = integerWords(Number(whole));
  return decimals ? `${head}点${[...decimals].map((d) => HAN_DIGITS[Number(d)]).join('')}` : head;
}

// A measure word after a bare 2 makes it 两: 2名 → 两名, 2个 → 两个 (but 第2名 and 12名 keep 二).
const MEASURE = '名个位人项次条届岁年天周月';

/**
 * The text with its digits written as they are said: percentages (15% → 百分之十五), years (2022年 → 二〇二二年),
 * a list number at the start of a heading (1. → 一、), decimals (56.7 → 五十六点七) and counts (2300 → 两千三百,
 * 2名 → 两名). Full-width digits count as digits. Nothing else changes.
 */
export function spokenForm(text: string): string {
  return text
    .replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^\s*(\d+)[.、](?!\d)\s*/, (_, n: string) => `${numberWords(n)}、`)
    .replace(/\s*(\d+(?:\.\d+)?)\s*%\s*/g, (_, n: string) => `百分之${numberWords(n)}`)
    .replace(/\s*(\d{4})\s*年/g, (_, year: string) => `${[...year].map((d) => (d === '0' ? '〇' : HAN_DIGITS[Number(d)])).join('')}年`)
    // The spaces the handbook prints around a number (共 2300 名) are typesetting, not pauses.
    .replace(/\s*(第?)(\d+(?:\.\d+)?)\s*(?=(.?))/gu, (_, ordinal: string, n: string, next: string) =>
      ordinal + (n === '2' && !ordinal && next !== '' && MEASURE.includes(next) ? '两' : numberWords(n)),
    );
}

/** Splits a sentence longer than MAX_UTTERANCE at the last ；：， that keeps each piece within it. */
function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_UTTERANCE) {
    const window = rest.slice(0, MAX_UTTERANCE);
    const cut = Math.max(window.lastIndexOf('；'), window.lastIndexOf('：'), window.lastIndexOf('，'), window.lastIndexOf('、'));
    // No pause mark in reach: let the engine have the whole run rather than cut a word in two.
    if (cut <= 0) break;
    pieces.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** A paragraph's text as utterances, in reading order: sentence by sentence, long sentences at their pauses. */
export function utterances(paragraph: string): Utterance[] {
  const result: Utterance[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(paragraph)) {
    for (const piece of splitLong(sentence)) {
      const start = paragraph.indexOf(piece, cursor);
      cursor = start + piece.length;
      const text = piece.trim();
      if (text === '') continue;
      const lead = piece.length - piece.trimStart().length;
      result.push({ text, spoken: spokenForm(text), start: start + lead, end: start + lead + text.length });
    }
  }
  return result;
}
