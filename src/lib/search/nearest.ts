/**
 * The nearest paragraphs to a query the handbook does not contain word for word: paragraphs ranked by the character
 * pairs (bigrams) they share with the question, BM25-weighted so that rarer pairs count for more and a long paragraph
 * does not win by length alone. Chinese has no spaces to find words by, and a pair of characters is the shortest
 * piece that still names something (差额, 公示); single characters count a little, so one wrong character in a
 * word still leaves the rest of it to go by.
 */
import { foldText, splitSentences, stripWhitespace } from '../text';
import { excerpt, type Segment, type Span } from './excerpt';
import { hitHref, type Handbook } from './match';
import { foldNumerals } from './numerals';
import { parseQuery, type Query } from './query';
import { questionPieces, runs } from './question';

/** BM25's usual constants: how fast repeats stop counting, and how much a paragraph's length weighs. */
const k1 = 1.2;
const b = 0.75;
/** What a single character counts for beside a pair. */
const unigramWeight = 0.2;
/** What the sub-heading above a paragraph counts for, beside the paragraph's own words. */
const headingWeight = 0.5;
/** The weight of a pair found in half the paragraphs: words no rarer than that are not marked beside rarer ones. */
const commonIdf = Math.log(2);
/** At most this many paragraphs, and none scoring under this share of the best. */
const mostParagraphs = 5;
const leastShare = 0.3;
/** The best paragraph is the answer when it scores this many times the next. */
const answerLead = 1.5;

interface Doc {
  partUrl: string;
  partTitle: string;
  id: string;
  text: string;
  /** The paragraph's text folded with numerals as digits, and the map back to `text`. */
  numbers: { text: string; start: number[]; end: number[] };
  /** How often each pair and character stands in it (its sub-heading's at headingWeight). */
  tf: Map<string, number>;
  length: number;
}

interface Index {
  docs: Doc[];
  idf: Map<string, number>;
  averageLength: number;
}

/** The pairs of neighbouring characters in the runs of `text`, and its single characters. */
function grams(text: string): { pairs: string[]; singles: string[] } {
  const pairs: string[] = [];
  const singles: string[] = [];
  for (const run of runs(text)) {
    const chars = [...run];
    singles.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  }
  return { pairs, singles };
}

function count(tf: Map<string, number>, text: string, weight: number) {
  const { pairs, singles } = grams(text);
  for (const pair of pairs) tf.set(pair, (tf.get(pair) ?? 0) + weight);
  for (const single of singles) tf.set(single, (tf.get(single) ?? 0) + weight);
  return pairs.length;
}

const indexes = new WeakMap<Handbook, Index>();

/** The ranking's view of the handbook, built once per handbook: every paragraph that is not a heading. */
function indexOf(handbook: Handbook): Index {
  const known = indexes.get(handbook);
  if (known) return known;
  const docs: Doc[] = [];
  for (const part of handbook.parts) {
    let heading = '';
    for (const p of part.paragraphs) {
      if (p.heading) {
        // The part's title is every paragraph's, so it tells them apart no better than it is long; a sub-heading
        // names the few paragraphs under it.
        heading = p === part.paragraphs[0] ? '' : p.numbers.text;
        continue;
      }
      const tf = new Map<string, number>();
      const length = count(tf, p.numbers.text, 1);
      if (heading) count(tf, heading, headingWeight);
      docs.push({ partUrl: part.url, partTitle: part.title, id: p.id, text: p.text, numbers: p.numbers, tf, length });
    }
  }
  const df = new Map<string, number>();
  for (const doc of docs) for (const gram of doc.tf.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const idf = new Map([...df].map(([gram, n]) => [gram, Math.log(1 + (docs.length - n + 0.5) / (n + 0.5))]));
  const averageLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const index = { docs, idf, averageLength };
  indexes.set(handbook, index);
  return index;
}

/** The query's pairs and characters, each with its weight. */
function queryGrams(query: Query): Map<string, number> {
  const weights = new Map<string, number>();
  for (const piece of query.folded.flatMap(questionPieces)) {
    const { pairs, singles } = grams(piece);
    for (const single of singles) weights.set(single, Math.max(weights.get(single) ?? 0, unigramWeight));
    for (const pair of pairs) weights.set(pair, 1);
    // A piece of one Chinese character is a word of its own (党, 岁); a lone letter or digit says little.
    if (pairs.length === 0) for (const single of singles) if (/\p{Script=Han}/u.test(single)) weights.set(single, 1);
  }
  return weights;
}

function score(index: Index, doc: Doc, weights: Map<string, number>): number {
  const norm = k1 * (1 - b + (b * doc.length) / index.averageLength);
  let sum = 0;
  for (const [gram, weight] of weights) {
    const tf = doc.tf.get(gram);
    if (tf) sum += weight * index.idf.get(gram)! * ((tf * (k1 + 1)) / (tf + norm));
  }
  return sum;
}

/** A paragraph that shares words with the query, linked with those words to mark on arrival. */
export interface NearestHit {
  id: string;
  href: string;
  partUrl: string;
  partTitle: string;
  /** The words it shares with the query, as it prints them. */
  words: string[];
  excerpt: Segment[];
}

/** The sentence of a clearly best paragraph that holds most of the shared words, in the handbook's words. */
export interface Answer {
  id: string;
  href: string;
  partTitle: string;
  sentence: Segment[];
}

/** The nearest paragraphs, best first, and the answer when one paragraph clearly leads. */
export interface Nearest {
  paragraphs: NearestHit[];
  answer?: Answer;
}

/** Where the query's pairs stand in a paragraph, as spans of its printed text, overlapping or touching pairs joined
 * (公示 and 示时 mark 公示时 once). Words as common as 代表, in most paragraphs, are left unmarked beside rarer ones:
 * marked on arrival they would light up the whole page. */
function sharedSpans(doc: Doc, weights: Map<string, number>, index: Index): Span[] {
  const found: (Span & { idf: number })[] = [];
  const folded = doc.numbers;
  for (const [gram, weight] of weights) {
    const idf = index.idf.get(gram);
    if (weight < 1 || gram.length < 2 || idf === undefined) continue;
    for (let at = folded.text.indexOf(gram); at >= 0; at = folded.text.indexOf(gram, at + 1)) {
      found.push({ start: folded.start[at]!, end: folded.end[at + gram.length - 1]!, idf });
    }
  }
  const joined: (Span & { idf: number })[] = [];
  for (const span of found.sort((x, y) => x.start - y.start)) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.idf = Math.max(last.idf, span.idf);
    } else joined.push({ ...span });
  }
  const rare = joined.filter((span) => span.idf >= commonIdf);
  return (rare.length > 0 ? rare : joined).map(({ start, end }) => ({ start, end }));
}

/** The sentences of `text` with where each starts. */
function sentences(text: string): { start: number; text: string }[] {
  let from = 0;
  return splitSentences(text).map((sentence) => {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    return { start, text: sentence };
  });
}

/** The sentence holding the most of the shared words' weight (the rarer a pair, the more it weighs). */
function bestSentence(doc: Doc, spans: Span[], weights: Map<string, number>, index: Index) {
  let best = { start: 0, text: doc.text, weight: -1 };
  for (const sentence of sentences(doc.text)) {
    const folded = foldNumerals(foldText(sentence.text)).text;
    let weight = 0;
    for (const [gram, w] of weights) if (w >= 1 && gram.length >= 2 && folded.includes(gram)) weight += index.idf.get(gram) ?? 0;
    if (weight > best.weight) best = { ...sentence, weight };
  }
  const end = best.start + best.text.length;
  const inside = spans.filter((s) => s.start >= best.start && s.end <= end).map((s) => ({ start: s.start - best.start, end: s.end - best.start }));
  return { start: best.start, segments: excerpt(best.text, inside, { before: best.text.length, length: best.text.length }) };
}

/** The paragraphs nearest to a query, by the words they share with it. */
export function nearestParagraphs(handbook: Handbook, query: Query): Nearest {
  const index = indexOf(handbook);
  const weights = queryGrams(query);
  const scored = index.docs
    .map((doc) => ({ doc, score: score(index, doc, weights) }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score);
  const top = scored[0]?.score ?? 0;
  const shown = scored.slice(0, mostParagraphs).filter((s) => s.score >= top * leastShare);
  const paragraphs = shown.map(({ doc }) => {
    const spans = sharedSpans(doc, weights, index);
    const words = [...new Set(spans.map((s) => stripWhitespace(doc.text.slice(s.start, s.end))))];
    const from = bestSentence(doc, spans, weights, index).start;
    return {
      hit: {
        id: doc.id,
        href: hitHref(doc.partUrl, parseQuery(words.join(' ')), doc.id),
        partUrl: doc.partUrl,
        partTitle: doc.partTitle,
        words,
        excerpt: excerpt(doc.text, spans.filter((s) => s.start >= from)),
      },
      doc,
      spans,
    };
  });
  const first = paragraphs[0];
  const second = scored[1]?.score ?? 0;
  const answer =
    first && first.spans.length > 0 && top >= second * answerLead
      ? { id: first.hit.id, href: first.hit.href, partTitle: first.hit.partTitle, sentence: bestSentence(first.doc, first.spans, weights, index).segments }
      : undefined;
  return { paragraphs: paragraphs.map((p) => p.hit), ...(answer ? { answer } : {}) };
}
