/** Excerpts of a paragraph around its matches, cut where a clause ends so that they read as natural text. */

/** A stretch of a paragraph's text, [start, end) in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of an excerpt; the marked pieces are the reader's words. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** How much text an excerpt shows: characters before the first match, and in all. */
export interface ExcerptSize {
  before: number;
  length: number;
}

/** About three lines on a phone. */
const defaultExcerptSize: ExcerptSize = { before: 20, length: 72 };

/** How far an excerpt may run past its length to finish a clause. */
const overrun = 8;

// Where a clause or sentence ends, in the handbook's full-width punctuation or typed half-width.
const clauseEnd = /[。！？；，：、,;:!?]/u;

/** Sorts spans and joins those that overlap (two words matching the same characters are marked once). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Where to end an excerpt due to end at `end`: after a clause that ends just beyond it, or else the last one ending
 * no earlier than `earliest`; mid-clause at `end` when there is neither. */
function clauseEndNear(text: string, end: number, earliest: number): number {
  for (let i = end; i < Math.min(text.length, end + overrun); i++) if (clauseEnd.test(text[i]!)) return i + 1;
  for (let i = end - 1; i >= earliest; i--) if (clauseEnd.test(text[i]!)) return i + 1;
  return end;
}

/** The window of `text` to show around the first match: from a clause start shortly before it, to a clause end. */
function window(text: string, first: Span, size: ExcerptSize): Span {
  if (text.length <= size.length) return { start: 0, end: text.length };
  let start = Math.max(0, first.start - size.before);
  for (let i = first.start - 1; i >= start; i--) {
    if (clauseEnd.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  const end = Math.min(text.length, Math.max(start + size.length, first.end));
  return { start, end: end < text.length ? clauseEndNear(text, end, Math.max(first.end, start + size.length / 2)) : end };
}

/** The excerpt of `text` around its first match, with every match inside it marked and … where text is left out. */
export function excerpt(text: string, matches: readonly Span[], size: ExcerptSize = defaultExcerptSize): Segment[] {
  const spans = mergeSpans(matches);
  const shown = spans[0] ? window(text, spans[0], size) : { start: 0, end: Math.min(text.length, size.length) };
  // A match that the window would cut is shown whole, so every mark is exactly the reader's words.
  for (const span of spans) if (span.start < shown.end && span.end > shown.end) shown.end = span.end;
  const segments: Segment[] = [];
  const plain = (from: number, to: number) => {
    if (to > from) segments.push({ text: text.slice(from, to), marked: false });
  };
  if (shown.start > 0) segments.push({ text: '…', marked: false });
  let at = shown.start;
  for (const span of spans) {
    if (span.start >= shown.end) break;
    plain(at, span.start);
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  plain(at, shown.end);
  if (shown.end < text.length) segments.push({ text: '…', marked: false });
  return segments;
}
