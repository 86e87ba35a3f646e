import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A question from the fixture tests/fixtures/search-questions.yaml (its header says what each field means). */
export interface SearchQuestion {
  q: string;
  id: string;
  quote: string;
  also?: string[];
  meant?: string;
}

export const readQuestions = (): SearchQuestion[] =>
  parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-questions.yaml'), 'utf8')) as SearchQuestion[];
