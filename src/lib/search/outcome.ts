/** A search from start to end: the query read, the exact matches, and when there are none, what to try instead. */
import { findMatches, type Handbook, type Matches } from './match';
import { parseQuery, type Query } from './query';
import { suggest, type Suggestion } from './suggest';

/** Everything the results show for one query. */
export interface SearchOutcome extends Matches {
  query: Query;
  /** The words (as typed) that occur nowhere in the handbook. */
  absent: string[];
  /** Closest partial matches, offered only when nothing matches exactly. */
  suggestions: Suggestion[];
}

/** Searches the handbook for what the reader typed. */
export function searchHandbook(handbook: Handbook, input: string): SearchOutcome {
  const query = parseQuery(input);
  const matches = findMatches(handbook, query);
  const none = query.words.length > 0 && matches.parts.length === 0;
  const paragraphs = handbook.parts.flatMap((part) => part.paragraphs);
  return {
    query,
    ...matches,
    absent: none ? query.words.filter((_, i) => !paragraphs.some((p) => p.folded.text.includes(query.folded[i]!))) : [],
    suggestions: none ? suggest(handbook, query) : [],
  };
}
