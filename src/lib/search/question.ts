/**
 * A question read for the words that matter: input-method slips put right, question and function words dropped,
 * and the reader's words joined by the handbook's terms for them (the tables in src/lib/search/terms.ts).
 */
import { foldText } from '../text';
import { foldNumerals } from './numerals';
import { inputSlips, questionWords, readerTerms } from './terms';

// Longest first, so that 什么时候 goes before 什么 can leave 时候 behind.
const byLength = [...questionWords].sort((a, b) => b.length - a.length);

// Letters and digits make words; punctuation and symbols only separate them (15% keeps its sign).
const wordRun = /[\p{L}\p{N}%]+/gu;

/** The runs of letters and digits in folded text. */
export const runs = (text: string): string[] => text.match(wordRun) ?? [];

/** `text` with its question words taken out, as the pieces left between them. */
export function withoutQuestionWords(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (let at = 0; at < text.length; ) {
    const word = byLength.find((w) => text.startsWith(w, at));
    if (word) {
      pieces.push(piece);
      piece = '';
      at += word.length;
    } else {
      piece += text[at];
      at += 1;
    }
  }
  pieces.push(piece);
  return pieces.flatMap(runs);
}

/** Folded text with Chinese numerals as digits, as the paragraphs are ranked. */
const numbered = (text: string): string => foldNumerals(foldText(text)).text;

/** Folded text with the input-method slips put right (查额 → 差额). */
export function correctSlips(text: string): string {
  let corrected = text;
  for (const [slip, meant] of Object.entries(inputSlips)) corrected = corrected.replaceAll(slip, meant);
  return corrected;
}

/**
 * The pieces of a folded query word to rank paragraphs by: its content words (slips corrected), then the handbook's
 * terms for any reader's word in it, all with numerals as digits.
 */
export function questionPieces(word: string): string[] {
  const text = correctSlips(word);
  const terms = Object.entries(readerTerms).flatMap(([reader, handbook]) => (text.includes(reader) ? handbook : []));
  return [...withoutQuestionWords(text), ...terms].map(numbered).filter((piece) => piece !== '');
}
