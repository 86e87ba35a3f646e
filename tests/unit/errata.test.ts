import { describe, expect, it } from 'vitest';
import { applyErrata, midSentenceBreaks } from '../../src/lib/errata';
import { splitSentences, stripWhitespace } from '../../src/lib/text';
import { readBlocks, readSource } from '../helpers/handbook';
import { expectedText, readErrata } from '../helpers/errata';

const source = readSource();
const errata = readErrata();
const blocks = readBlocks();

describe('the errata file', () => {
  it('has unique ids', () => {
    const ids = errata.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('locates every correction at exactly one place in the source', () => {
    for (const e of errata) {
      if (e.kind === 'spacing') continue;
      expect(source.split(e.before).length - 1, e.id).toBe(1);
    }
  });

  it('points every correction at the paragraph that now carries the corrected text', () => {
    for (const e of errata) {
      if (e.kind === 'spacing') continue;
      const block = blocks.get(e.anchor);
      expect(block, `${e.id}: no paragraph #${e.anchor}`).toBeDefined();
      expect(block!.part, e.id).toBe(e.part);
      expect(block!.text, e.id).toContain(stripWhitespace(e.after));
    }
  });

  it('joins every paragraph that the source breaks in mid-sentence', () => {
    const joined = applyErrata(source, errata);
    expect(midSentenceBreaks(source).length).toBeGreaterThan(0);
    expect(midSentenceBreaks(joined)).toEqual([]);
  });

  it('leaves none of the known extraction artefacts', () => {
    const text = expectedText();
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).not.toContain('二十大大代表');
  });

  it('refuses an entry whose original text is not in the source', () => {
    expect(() =>
      applyErrata('甲乙丙', [{ id: 'x', kind: 'word', part: 'p', anchor: 'a', before: '丁', after: '戊', reason: 'r' }]),
    ).toThrow(/occurs 0 times/);
  });
});

describe('the handbook MDX', () => {
  it('holds the corrected source text in order, word for word', () => {
    const mdxText = [...blocks.values()].map((b) => b.text).join('');
    expect(mdxText).toBe(expectedText());
  });

  it('has no id twice', () => {
    // readBlocks keys by id, so a repeated id would shrink the map below the number of ids written.
    expect(blocks.size).toBeGreaterThan(50);
    const ids = [...blocks.keys()];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sentence splitting', () => {
  it('keeps closing punctuation and quotes with their sentence', () => {
    expect(splitSentences('甲说“好。”乙问？丙')).toEqual(['甲说“好。”', '乙问？', '丙']);
  });
});
