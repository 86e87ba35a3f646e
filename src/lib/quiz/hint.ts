import type { Question } from '../../schemas/question';
import { splitSentences, stripWhitespace } from '../text';

// 提示 leads the reader to the text that settles a question, never to the answer: first the whole paragraph, as
// printed, with nothing marked; then, if asked, the sentence of it that settles the question.

/** The paragraphs questions cite, by anchor, as /quiz/paragraphs.json serves them (src/pages/quiz/paragraphs.json.ts). */
export type Paragraphs = Readonly<Record<string, string>>;

/** A hint for one question. */
export interface Hint {
  /** The settling paragraph's id on its part's page. */
  anchor: string;
  /** Its words, as printed. */
  paragraph: string;
  /** The sentence (or run of sentences) of it that holds the question's quoted words. */
  sentence: string;
}

/**
 * The sentences of a paragraph that hold a quote: whole sentences, from the one where the quote begins to the one
 * where it ends (whitespace ignored, as the bank tests compare). The whole paragraph if the quote is not found.
 */
export function settlingSentence(paragraph: string, quote: string): string {
  const sentences = splitSentences(paragraph);
  const bare = sentences.map(stripWhitespace);
  const joined = bare.join('');
  const at = joined.indexOf(stripWhitespace(quote));
  if (at < 0) return paragraph.trim();
  const end = at + stripWhitespace(quote).length;
  let offset = 0;
  const picked: string[] = [];
  bare.forEach((sentence, i) => {
    if (offset < end && offset + sentence.length > at) picked.push(sentences[i]!.trim());
    offset += sentence.length;
  });
  return picked.join('');
}

/** The hint for a question: the paragraph its `source` names, and the sentence its quote stands in; null if missing. */
export function hintFor(question: Question, paragraphs: Paragraphs): Hint | null {
  const paragraph = paragraphs[question.source.anchor];
  if (paragraph === undefined) return null;
  return { anchor: question.source.anchor, paragraph, sentence: settlingSentence(paragraph, question.source.quote) };
}
