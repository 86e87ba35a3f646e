/** What the reader typed, read as a search: words separated by spaces, each folded for matching. */
import { foldText, splitWords } from '../text';

/** The longest query searched, in characters; a longer one (a pasted page) is cut to this. */
export const maxQueryLength = 64;

export interface Query {
  /** The words as the reader typed them, for display and for the highlight link. */
  words: string[];
  /** The same words folded for matching (no whitespace, half-width, lower case). */
  folded: string[];
  /** True when the input was longer than maxQueryLength and only its start is searched. */
  truncated: boolean;
}

/** Reads raw input as a query; an empty or whitespace-only input gives no words. */
export function parseQuery(input: string): Query {
  const chars = [...input.trim()];
  const truncated = chars.length > maxQueryLength;
  const words: string[] = [];
  const folded: string[] = [];
  for (const word of splitWords(chars.slice(0, maxQueryLength).join(''))) {
    const fold = foldText(word).text;
    // A word folding to nothing (zero-width characters) or typed twice adds nothing to the search.
    if (fold === '' || folded.includes(fold)) continue;
    words.push(word);
    folded.push(fold);
  }
  return { words, folded, truncated };
}

/** The query as one line of text, words separated by a space: the form kept in the address. */
export const queryText = (query: Query): string => query.words.join(' ');
