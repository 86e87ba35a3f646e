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
  /** True when characters that cannot be shown or searched were dropped from the input. */
  cleaned: boolean;
}

// Characters no reader means to search for: lone surrogates (half an emoji, which no address can hold), the
// replacement character an address gives for them, and the invisible ones (soft hyphen, zero-width spaces, LRM and
// RLM, bidi embeddings, overrides and isolates, variation selectors), which would split a word or reorder the
// status sentence that repeats it.
const unsearchable = /[\p{Cs}\uFFFD\p{Default_Ignorable_Code_Point}]/gu;

// Punctuation a reader types around a word, not part of it: quotes either side, a question or exclamation mark
// after it (顶帽子！). Full and half width, as typed before folding.
const around = /^[“”‘’"'「」『』《》]+|[“”‘’"'「」『』《》。，、；：？！…,;:?!]+$/gu;

/** A word without the punctuation around it, unless that would leave nothing (a search for a quote mark). */
function trimmed(word: string): string {
  const inner = word.replace(around, '');
  return inner === '' ? word : inner;
}

/** Reads raw input as a query; an empty or whitespace-only input gives no words. */
export function parseQuery(input: string): Query {
  const clean = input.replace(unsearchable, '');
  const chars = [...clean.trim()];
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
  return { words, folded, truncated, cleaned: clean.length !== input.length };
}

/**
 * The query with the punctuation typed around a word taken off (顶帽子！, “四必”), where the handbook does not print the
 * word with it: a phrase copied with its punctuation still matches exactly as before.
 */
export function trimPunctuation(query: Query, occurs: (folded: string) => boolean): Query {
  const words: string[] = [];
  const folded: string[] = [];
  query.words.forEach((typed, i) => {
    const word = occurs(query.folded[i]!) ? typed : trimmed(typed);
    const fold = foldText(word).text;
    if (folded.includes(fold)) return;
    words.push(word);
    folded.push(fold);
  });
  return { ...query, words, folded };
}

/** The query as one line of text, words separated by a space: the form kept in the address. */
export const queryText = (query: Query): string => query.words.join(' ');
