import { describe, expect, it } from 'vitest';
import { isCorrect } from '../../src/lib/quiz/check';
import { invalidCodeMessage, newCode, parseCode, questionCount, resolveSet, type SetKind } from '../../src/lib/quiz/sets';
import type { BankQuestion } from '../../src/lib/quiz/bank';
import { readBankForTest } from '../helpers/bank';

const { parts, questions: bank } = readBankForTest();
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const resolved = (code: string, from: readonly BankQuestion[] = bank, mistakes: readonly string[] = []) => {
  const result = resolveSet(code, { parts, questions: [...from] }, mistakes);
  if (!result.ok) throw new Error(result.error);
  return result.questions;
};
/** A random source that replays the given numbers. */
const replay = (...numbers: number[]) => () => numbers.shift() ?? 0;

describe('set codes', () => {
  it('name each kind of set', () => {
    expect(parseCode('d-7k3f', parts)).toEqual({ ok: true, set: { kind: 'discipline', code: 'd-7k3f' } });
    expect(parseCode('p6-x9ab', parts)).toEqual({ ok: true, set: { kind: 'part', part: 'procedure', code: 'p6-x9ab' } });
    expect(parseCode('p0-x9ab', parts)).toEqual({ ok: true, set: { kind: 'part', part: 'preface', code: 'p0-x9ab' } });
    expect(parseCode('mix20-h2k4', parts)).toEqual({ ok: true, set: { kind: 'mix', size: 20, code: 'mix20-h2k4' } });
    expect(parseCode('m-5tq8', parts)).toEqual({ ok: true, set: { kind: 'mistakes', code: 'm-5tq8' } });
  });

  it('are read regardless of case and surrounding spaces, as when typed from a printed sheet', () => {
    expect(parseCode('  D-7K3F ', parts)).toEqual(parseCode('d-7k3f', parts));
  });

  it('that are garbage give a message for the reader instead of throwing', () => {
    const garbage = [
      ...['', 'd', 'd-', 'd-7k3', 'd-7k3fa', 'd_7k3f', 'x-7k3f', 'd-7k1f', 'd-7kof'],
      ...['p-7k3f', 'p8-7k3f', 'mix0-7k3f', 'mix101-7k3f', 'mix020-7k3f', '<script>', 'd-7k3f'.repeat(1000)],
    ];
    for (const code of garbage) expect(parseCode(code, parts), code).toEqual({ ok: false, error: invalidCodeMessage });
    expect(parseCode(null, parts)).toEqual({ ok: false, error: invalidCodeMessage });
    expect(resolveSet('not a code', { parts, questions: bank })).toEqual({ ok: false, error: invalidCodeMessage });
  });

  it('are made fresh from a random source, and always read back as the set they were made for', () => {
    expect(newCode({ kind: 'discipline' }, parts, replay(0, 0.2, 0.5, 0.9999))).toBe('d-28hz');
    const kinds: SetKind[] = [
      { kind: 'discipline' },
      { kind: 'part', part: 'preface' },
      { kind: 'part', part: 'leadership' },
      { kind: 'mix', size: 100 },
      { kind: 'mistakes' },
    ];
    for (const kind of kinds) {
      const code = newCode(kind, parts);
      expect(parseCode(code, parts)).toEqual({ ok: true, set: { ...kind, code } });
    }
  });

  it('cannot be made for a mix of no questions or of more than 100', () => {
    expect(() => newCode({ kind: 'mix', size: 0 }, parts)).toThrow(RangeError);
    expect(() => newCode({ kind: 'mix', size: 101 }, parts)).toThrow(RangeError);
  });
});

describe('the questions of a set', () => {
  it('are every election-discipline question for a discipline code', () => {
    const questions = resolved('d-7k3f');
    expect(questions.length).toBe(bank.filter((q) => q.topics.includes('discipline')).length);
    expect(questions.every((q) => q.topics.includes('discipline'))).toBe(true);
  });

  it('are every question of the part for a part code', () => {
    expect(ids(resolved('p6-x9ab')).sort()).toEqual(ids(bank.filter((q) => q.part === 'procedure')).sort());
    expect(ids(resolved('p0-x9ab')).sort()).toEqual(ids(bank.filter((q) => q.part === 'preface')).sort());
  });

  it('are the asked-for number of different questions from the whole bank for a mix code', () => {
    const questions = resolved('mix20-h2k4');
    expect(new Set(ids(questions)).size).toBe(20);
    expect(resolved('mix100-h2k4').length).toBe(bank.length);
  });

  it('are the reader’s own mistakes for a mistakes code, skipping questions no longer in the bank', () => {
    const mistakes = [bank[3]!.id, 'a-question-since-removed', bank[0]!.id];
    expect(ids(resolved('m-5tq8', bank, mistakes)).sort()).toEqual([bank[0]!.id, bank[3]!.id].sort());
    expect(resolved('m-5tq8', bank, [])).toEqual([]);
  });

  it('come in the same order every time for the same code, however the bank was loaded', () => {
    expect(resolved('D-7K3F')).toEqual(resolved('d-7k3f'));
    expect(resolved('d-7k3f', [...bank].reverse())).toEqual(resolved('d-7k3f'));
  });

  it('come in a different order for different codes', () => {
    const seeds = ['2222', '2345', 'abcd', 'wxyz', 'k3f7', 'zz22', 'mnpq', '9876'];
    const orders = seeds.map((seed) => ids(resolved(`d-${seed}`)).join());
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('are shuffled, not left in the order of the bank', () => {
    const discipline = ids(bank.filter((q) => q.topics.includes('discipline')));
    expect(ids(resolved('d-7k3f'))).not.toEqual(discipline);
  });

  it('keep their order when a question is added to the bank, the new one slotting in', () => {
    const [added, ...rest] = bank.filter((q) => q.part === 'procedure');
    const before = ids(resolved('p6-x9ab', rest));
    const after = ids(resolved('p6-x9ab', [...rest, added!]));
    expect(after.filter((id) => id !== added!.id)).toEqual(before);
  });
});

describe('the options of a set’s questions', () => {
  const choiceQuestions = (code: string) => resolved(code).filter((q) => q.type !== 'judge');

  it('are shuffled the same way for the same code, and differently for another', () => {
    const orders = (code: string) => choiceQuestions(code).map((q) => q.options.map((o) => o.id).join());
    expect(orders('p6-x9ab')).toEqual(orders('p6-x9ab'));
    expect(orders('p6-x9ab')).not.toEqual(orders('p6-abcd'));
  });

  it('are still every option of the question, and the answer still checks as right', () => {
    for (const q of resolved('mix100-h2k4')) {
      const original = bank.find((b) => b.id === q.id)!;
      expect(ids(q.options).sort()).toEqual(ids(original.options).sort());
      expect(isCorrect(q, original.answer)).toBe(true);
    }
  });

  it('of a true-or-false question stay 正确 then 错误', () => {
    const judges = resolved('mix100-wxyz').filter((q) => q.type === 'judge');
    expect(judges.length).toBeGreaterThan(0);
    for (const q of judges) expect(q.options.map((o) => o.text)).toEqual(['正确', '错误']);
  });
});

describe('the size of a set', () => {
  it('is the number of questions its code resolves to, whatever the seed', () => {
    for (const code of ['d-7k3f', 'p6-x9ab', 'p0-x9ab', 'mix20-h2k4'])
      expect(questionCount(parseCodeOrThrow(code), bank), code).toBe(resolved(code).length);
  });

  it('is at most the whole bank for a large mix, and the 错题本’s size for practising it', () => {
    expect(questionCount({ kind: 'mix', size: 100 }, bank)).toBe(bank.length);
    expect(questionCount({ kind: 'mistakes' }, bank, [bank[0]!.id, 'a-question-since-removed'])).toBe(1);
  });
});

function parseCodeOrThrow(code: string) {
  const parsed = parseCode(code, parts);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.set;
}
