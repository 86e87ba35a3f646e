/** Text normalisation shared by the integrity checks and search. */

/** Removes all whitespace: the handbook's spacing is the stylesheet's job, so comparisons ignore it. */
export const stripWhitespace = (text: string): string => text.replace(/\s+/g, '');

/** Splits Chinese text into sentences, each keeping its closing 。？！ (and any closing quote after it). */
export function splitSentences(text: string): string[] {
  return text.match(/[^。？！]+(?:[。？！]+[”’」』]?|$)/g)?.filter((s) => s.trim() !== '') ?? [];
}

/** Text folded for matching, with the span of the original text that each of its UTF-16 units came from. */
export interface FoldedText {
  text: string;
  /** For each unit of `text`, where its source starts in the original. */
  start: number[];
  /** For each unit of `text`, where its source ends in the original. */
  end: number[];
}

// Whitespace plus the zero-width characters that Pagefind and word processors put between words.
const gap = /[\s\u200B-\u200D\u2060\uFEFF]/u;

/** Splits text into words at whitespace and zero-width spaces, dropping empty pieces. */
export const splitWords = (text: string): string[] => text.split(new RegExp(`${gap.source}+`, 'u')).filter((w) => w !== '');

/**
 * Folds text for search: whitespace removed, full-width digits, letters and punctuation made half-width (NFKC),
 * letters lower-cased. Keeps a map back to the original, so a match can be marked in the text as printed.
 */
export function foldText(original: string): FoldedText {
  const folded: FoldedText = { text: '', start: [], end: [] };
  let at = 0;
  for (const char of original) {
    const to = at + char.length;
    const replacement = gap.test(char) ? '' : char.normalize('NFKC').toLowerCase();
    for (let i = 0; i < replacement.length; i++) {
      folded.start.push(at);
      folded.end.push(to);
    }
    folded.text += replacement;
    at = to;
  }
  return folded;
}
