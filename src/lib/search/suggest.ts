/**
 * Partial matches for a query the handbook does not contain: the longest pieces of it that do occur,
 * with Chinese numerals and digits read alike, each given in the handbook's own wording.
 */
import { foldText, stripWhitespace } from '../text';
import { findMatches, type Handbook } from './match';
import { foldNumerals } from './numerals';
import { parseQuery, type Query } from './query';

/** A search the reader may try instead: the handbook's wording and how much it finds. */
export interface Suggestion {
  text: string;
  parts: number;
  count: number;
}

/** Pieces shorter than this (a single character) say too little to offer. */
const shortestPiece = 2;
const mostSuggestions = 4;

/** The paragraphs' numeral-folded texts, one per line so that no piece runs across two paragraphs. */
function numberLines(handbook: Handbook) {
  const paragraphs = handbook.parts.flatMap((part) => part.paragraphs);
  const starts: number[] = [];
  let text = '';
  for (const p of paragraphs) {
    starts.push(text.length);
    text += `${p.numbers.text}\n`;
  }
  return { paragraphs, starts, text };
}

/**
 * The longest pieces of `word` that occur in `text`, not overlapping, longest first.
 * reach[s] is where the longest occurring piece starting at s ends; it never falls as s grows, so the whole
 * table costs about one substring test per character.
 */
export function longestPieces(word: string, text: string, shortest = shortestPiece): string[] {
  const reach: number[] = [];
  for (let s = 0, end = 0; s < word.length; s++) {
    end = Math.max(end, s);
    while (end < word.length && text.includes(word.slice(s, end + 1))) end++;
    reach.push(end);
  }
  const pieces: { at: number; piece: string }[] = [];
  const take = (from: number, to: number) => {
    let best = from;
    for (let s = from; s < to; s++) if (Math.min(reach[s]!, to) - s > Math.min(reach[best]!, to) - best) best = s;
    const end = Math.min(reach[best] ?? best, to);
    if (end - best < shortest) return;
    pieces.push({ at: best, piece: word.slice(best, end) });
    take(from, best);
    take(end, to);
  };
  take(0, word.length);
  return pieces.sort((a, b) => b.piece.length - a.piece.length || a.at - b.at).map((p) => p.piece);
}

/** The closest searches to a query with no match: its words that occur alone, else their longest occurring pieces. */
export function suggest(handbook: Handbook, query: Query): Suggestion[] {
  const lines = numberLines(handbook);
  const wordings: { text: string; length: number }[] = [];
  for (const word of query.folded) {
    for (const piece of longestPieces(foldNumerals(foldText(word)).text, lines.text)) {
      // Give the piece as the handbook prints it (5个工作日, not 五个工作日).
      const at = lines.text.indexOf(piece);
      const line = lines.starts.findLastIndex((start) => start <= at);
      const paragraph = lines.paragraphs[line]!;
      const from = at - lines.starts[line]!;
      const wording = paragraph.text.slice(paragraph.numbers.start[from], paragraph.numbers.end[from + piece.length - 1]);
      wordings.push({ text: stripWhitespace(wording), length: piece.length });
    }
  }
  // Longest first across all the words; the sort is stable, so equal lengths keep the query's order.
  wordings.sort((a, b) => b.length - a.length);
  const suggestions: Suggestion[] = [];
  for (const text of new Set(wordings.map((w) => w.text))) {
    const found = findMatches(handbook, parseQuery(text));
    if (found.count > 0) suggestions.push({ text, parts: found.parts.length, count: found.count });
  }
  return suggestions.slice(0, mostSuggestions);
}
