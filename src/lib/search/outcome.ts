/**
 * A search from start to end: the query read, the exact matches, and when there are none, the nearest paragraphs
 * and what to try instead.
 */
import { findMatches, type Handbook, type Matches } from './match';
import { nearestParagraphs, type Nearest } from './nearest';
import { parseQuery, trimPunctuation, type Query } from './query';
import { suggest, type Suggestion } from './suggest';

/** Everything the results show for one query. */
export interface SearchOutcome extends Matches {
  query: Query;
  /** The words (as typed) that occur nowhere in the handbook. */
  absent: string[];
  /** The paragraphs sharing most with the query, after the exact matches when these are few (the answer only when
   * there are none). */
  nearest: Nearest;
  /** Closest partial matches, offered only when nothing matches exactly. */
  suggestions: Suggestion[];
}

/** Below this many paragraphs matching exactly (a heading, say), the nearest paragraphs follow them. */
const fewExact = 3;

/** The nearest paragraphs not already shown as exact matches, when the exact matches are none or few. */
function nearestAfter(handbook: Handbook, query: Query, matches: Matches): Nearest {
  if (query.words.length === 0 || matches.paragraphCount >= fewExact) return { paragraphs: [] };
  const nearest = nearestParagraphs(handbook, query);
  if (matches.parts.length === 0) return nearest;
  const shown = new Set(matches.parts.flatMap((part) => part.paragraphs.map((p) => p.id)));
  return { paragraphs: nearest.paragraphs.filter((p) => !shown.has(p.id)) };
}

/** Searches the handbook for what the reader typed. */
export function searchHandbook(handbook: Handbook, input: string): SearchOutcome {
  const paragraphs = handbook.parts.flatMap((part) => part.paragraphs);
  const query = trimPunctuation(parseQuery(input), (word) => paragraphs.some((p) => p.folded.text.includes(word)));
  const matches = findMatches(handbook, query);
  const none = query.words.length > 0 && matches.parts.length === 0;
  return {
    query,
    ...matches,
    absent: none ? query.words.filter((_, i) => !paragraphs.some((p) => p.folded.text.includes(query.folded[i]!))) : [],
    nearest: nearestAfter(handbook, query, matches),
    suggestions: none ? suggest(handbook, query) : [],
  };
}
