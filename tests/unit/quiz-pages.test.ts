import { describe, expect, it } from 'vitest';
import { codeInAddress, setAddress } from '../../src/lib/quiz/address';
import { bankOf, citationPath, citationsOf, partName } from '../../src/lib/quiz/bank';
import { dropIndex, moveItem } from '../../src/lib/quiz/order';
import { qrPath } from '../../src/lib/quiz/qr';
import { readBankQuestions, readQuizParts } from '../helpers/bank';

const bank = readBankQuestions();
const parts = readQuizParts();

describe('the bank in the browser', () => {
  it('lists questions in reading order, the preface first, keeping the order within a part, each with its part’s label', () => {
    const ordered = bankOf(parts, bank).questions;
    const orders = ordered.map((q) => parts.find((p) => p.id === q.part)!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(orders[0]).toBe(0);
    expect(ordered.filter((q) => q.part === 'procedure').map((q) => q.id)).toEqual(
      bank.filter((q) => q.part === 'procedure').map((q) => q.id),
    );
    expect(new Set(ordered.filter((q) => q.part === 'procedure').map((q) => q.partLabel))).toEqual(new Set(['六、产生程序']));
  });

  it('links a citation to its paragraph on the part page', () => {
    const q = bank.find((candidate) => candidate.id === 'procedure-five-steps')!;
    expect(citationsOf(q).map((c) => citationPath(q, c))).toEqual(
      ['step-1', 'step-2', 'step-3', 'step-4', 'step-5'].map((anchor) => `/procedure/#${anchor}`),
    );
  });

  it('names parts by their navigation label', () => {
    expect(partName(parts, 'procedure')).toBe('六、产生程序');
    expect(partName(parts, 'preface')).toBe('前言');
  });
});

describe('set addresses', () => {
  it('carry the code in the query string, read back as given', () => {
    expect(setAddress('presenter', 'd-7k3f')).toBe('/quiz/present/?set=d-7k3f');
    expect(codeInAddress('?set=d-7k3f&x=1')).toBe('d-7k3f');
    expect(codeInAddress('')).toBeNull();
  });

  it('escape whatever a code holds', () => {
    expect(codeInAddress(setAddress('selfCheck', 'a&b=c'))).toBeNull();
    expect(codeInAddress(new URL(setAddress('selfCheck', 'a&b=c'), 'http://x').search)).toBe('a&b=c');
  });
});

describe('ordering by keyboard and by dragging', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('keeps an item at the ends when asked to move past them', () => {
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('drops a dragged item below every item whose middle it has passed', () => {
    const middles = [10, 30, 50, 70];
    expect(dropIndex(middles, 0, 5)).toBe(0);
    expect(dropIndex(middles, 0, 55)).toBe(2);
    expect(dropIndex(middles, 3, 25)).toBe(1);
    expect(dropIndex(middles, 1, 100)).toBe(3);
  });
});

describe('the QR code drawing', () => {
  it('draws each run of dark modules in a row as one rectangle, inside a quiet zone', () => {
    const matrix = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ];
    expect(qrPath(3, (row, column) => matrix[row]![column] === 1, 4)).toBe(
      'M4 4h2v1h-2zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z',
    );
  });
});
