/**
 * Exact search over the handbook's paragraphs: the parts that contain every word, the part with the most
 * occurrences first, and each paragraph that holds an occurrence with its excerpt and link.
 */
import { foldText, type FoldedText } from '../text';
import { excerpt, type Segment, type Span } from './excerpt';
import { foldNumerals } from './numerals';
import { queryText, type Query } from './query';

/** A paragraph or heading of the handbook: its id (the link target) and its text as printed. */
export interface Paragraph {
  id: string;
  text: string;
}

/** One of the eight parts: its address, title, place in reading order and paragraphs in reading order. */
export interface Part {
  url: string;
  title: string;
  order: number;
  paragraphs: Paragraph[];
}

interface PreparedParagraph extends Paragraph {
  folded: FoldedText;
  /** The folded text with Chinese numerals as digits, for partial matches. */
  numbers: FoldedText;
}

/** The handbook folded once for matching, parts in reading order. */
export interface Handbook {
  parts: (Omit<Part, 'paragraphs'> & { paragraphs: PreparedParagraph[] })[];
}

/** A paragraph holding at least one of the words. */
export interface ParagraphHit {
  id: string;
  href: string;
  /** How many times the words occur in it. */
  count: number;
  excerpt: Segment[];
}

/** A part holding every word, with its paragraphs that hold any of them, in reading order. */
export interface PartHit {
  url: string;
  href: string;
  title: string;
  count: number;
  paragraphs: ParagraphHit[];
}

/** The parts found for a query, best first; empty when no part holds every word. */
export interface Matches {
  parts: PartHit[];
  paragraphCount: number;
  count: number;
}

/** Folds every paragraph once, so that each search is a plain substring scan. */
export function prepareHandbook(parts: readonly Part[]): Handbook {
  return {
    parts: [...parts]
      .sort((a, b) => a.order - b.order)
      .map((part) => ({
        ...part,
        paragraphs: part.paragraphs.map((p) => {
          const folded = foldText(p.text);
          return { ...p, folded, numbers: foldNumerals(folded) };
        }),
      })),
  };
}

/** Where `needle` starts in `haystack`, each occurrence after the end of the one before. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** The spans of the original text where each folded word occurs, one list per word. */
function wordSpans(folded: FoldedText, words: readonly string[]): Span[][] {
  return words.map((word) =>
    occurrences(folded.text, word).map((at) => ({ start: folded.start[at]!, end: folded.end[at + word.length - 1]! })),
  );
}

/** Where the words of a query occur in `text` as printed (the page highlight uses this). */
export const spansIn = (text: string, query: Query): Span[] => wordSpans(foldText(text), query.folded).flat();

/** A link that opens a part, or one of its paragraphs, with the query's words highlighted. */
export function hitHref(url: string, query: Query, id?: string): string {
  return `${url}?hl=${encodeURIComponent(queryText(query))}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** The parts holding every word of the query, the part with the most occurrences first (reading order breaks ties). */
export function findMatches(handbook: Handbook, query: Query): Matches {
  const parts: PartHit[] = [];
  for (const part of handbook.parts) {
    const perWord = query.folded.map(() => 0);
    const paragraphs: ParagraphHit[] = [];
    for (const paragraph of part.paragraphs) {
      const spans = wordSpans(paragraph.folded, query.folded);
      spans.forEach((s, i) => (perWord[i]! += s.length));
      const all = spans.flat();
      if (all.length === 0) continue;
      paragraphs.push({
        id: paragraph.id,
        href: hitHref(part.url, query, paragraph.id),
        count: all.length,
        excerpt: excerpt(paragraph.text, all),
      });
    }
    if (query.folded.length === 0 || perWord.some((n) => n === 0)) continue;
    const count = perWord.reduce((a, b) => a + b, 0);
    parts.push({ url: part.url, href: hitHref(part.url, query), title: part.title, count, paragraphs });
  }
  // Array.prototype.sort is stable: parts with equal counts stay in reading order.
  parts.sort((a, b) => b.count - a.count);
  return {
    parts,
    paragraphCount: parts.reduce((n, p) => n + p.paragraphs.length, 0),
    count: parts.reduce((n, p) => n + p.count, 0),
  };
}
