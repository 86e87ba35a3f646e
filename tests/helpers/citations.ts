import { expect } from 'vitest';
import type { Citation } from '../../src/lib/figures';
import { readBlocks } from './handbook';

const blocks = readBlocks();

/** Asserts that the cited paragraph exists in the cited part and contains the quote verbatim (whitespace aside). */
export function expectQuoted(citation: Citation): void {
  const block = blocks.get(citation.anchor);
  expect(block, `no paragraph #${citation.anchor}`).toBeDefined();
  expect(block!.part).toBe(citation.part);
  expect(block!.text).toContain(citation.quote.replace(/\s+/g, ''));
}

/** The text of a paragraph or heading, whitespace removed. */
export function blockText(anchor: string): string {
  const block = blocks.get(anchor);
  expect(block, `no paragraph #${anchor}`).toBeDefined();
  return block!.text;
}
