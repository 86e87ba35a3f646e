import type { Question } from '../../schemas/question';
import type { Bank, BankQuestion, QuizPart } from './bank';
import { mistakeQuestions, type Mistakes } from './mistakes';

/** What a set of questions is drawn from. */
export type SetKind =
  /** 选举纪律专题: every question tagged `discipline`. */
  | { kind: 'discipline' }
  /** Every question of one part. */
  | { kind: 'part'; part: string }
  /** A part's five-question check (五题自测), the first step after reading it: five of its questions. */
  | { kind: 'check'; part: string }
  /** A random mix of `size` questions (1 to 100) from the whole bank. */
  | { kind: 'mix'; size: number }
  /** 错题本 practice: the reader's own mistakes, so the same code lists different questions for different readers. */
  | { kind: 'mistakes' }
  /** 今日复习: the reader's questions due today, fixed when the set begins (see progress.ts). */
  | { kind: 'review' };

/** A set as named by its code. */
export type QuizSet = SetKind & { code: string };

/** The set offered first: 选举纪律专题. */
export const defaultSet: SetKind = { kind: 'discipline' };

/**
 * The most questions a session of one part or of the 专题 holds, as many as the random mix offered first: a larger
 * pool is drawn from, so that different codes give different sessions, none is long, and there is room to leave
 * out questions that give each other away.
 */
export const sessionSize = 20;

/** How many questions a part's check holds (fewer if the part has fewer). */
export const checkSize = 5;

/** The largest random mix a code can ask for. */
export const maxMixSize = 100;

// Set codes read `<kind>-<seed>`: `d-7k3f` (discipline), `p6-x9ab` (the part of order 6, 六; `p0` is the preface),
// `c6-x9ab` (that part's five-question check), `mix20-h2k4` (20 random questions), `m-5tq8` (my mistakes), `r-9pqs`
// (today's review). The seed is four characters from an alphabet without 0/o, 1/i/l, so a code can be read off a
// projector or a printed sheet and typed back. Codes are case-insensitive; the lower-case form is canonical.
const seedAlphabet = '23456789abcdefghjkmnpqrstuvwxyz';
const seedLength = 4;
const codePattern = new RegExp(`^(d|m|r|[pc][0-7]|mix[1-9][0-9]{0,2})-[${seedAlphabet}]{${seedLength}}$`);

/** Shown when a code cannot be read; it names no part of the input, which may be anything. */
export const invalidCodeMessage = '无法识别这个练习编号，请核对后重新输入，或选一组新的练习。';

/** The result of reading a code: a set, or a message for the reader. Never throws. */
export type ParsedCode = { ok: true; set: QuizSet } | { ok: false; error: string };

/** The parts a part's code can name (`p6`): the bank's parts, with their reading order. */
export type CodeParts = readonly Pick<QuizPart, 'id' | 'order'>[];

/** Reads a set code, as typed by hand or taken from a URL (`searchParams.get` may give null). */
export function parseCode(input: string | null | undefined, parts: CodeParts): ParsedCode {
  const code = (input ?? '').trim().toLowerCase();
  const prefix = codePattern.exec(code)?.[1];
  if (prefix === undefined) return { ok: false, error: invalidCodeMessage };
  if (prefix === 'd') return { ok: true, set: { kind: 'discipline', code } };
  if (prefix === 'm') return { ok: true, set: { kind: 'mistakes', code } };
  if (prefix === 'r') return { ok: true, set: { kind: 'review', code } };
  if (prefix.startsWith('p') || prefix.startsWith('c')) {
    const part = parts.find((p) => p.order === Number(prefix.slice(1)));
    if (part === undefined) return { ok: false, error: invalidCodeMessage };
    return { ok: true, set: { kind: prefix.startsWith('p') ? 'part' : 'check', part: part.id, code } };
  }
  const size = Number(prefix.slice('mix'.length));
  if (size > maxMixSize) return { ok: false, error: invalidCodeMessage };
  return { ok: true, set: { kind: 'mix', size, code } };
}

/** The code's prefix for a kind of set, e.g. `p6`; undefined for a part the bank does not have. */
export const prefixOf = (set: SetKind, parts: CodeParts): string | undefined => {
  switch (set.kind) {
    case 'discipline':
      return 'd';
    case 'mistakes':
      return 'm';
    case 'review':
      return 'r';
    case 'part':
    case 'check': {
      const order = parts.find((p) => p.id === set.part)?.order;
      return order === undefined ? undefined : `${set.kind === 'part' ? 'p' : 'c'}${order}`;
    }
    case 'mix':
      return `mix${set.size}`;
  }
};

/** Random characters from the seed alphabet (easy to read back: no 0/o, 1/i/l). */
export function randomSeed(length: number, random: () => number = Math.random): string {
  let seed = '';
  for (let i = 0; i < length; i++)
    seed += seedAlphabet[Math.min(seedAlphabet.length - 1, Math.floor(random() * seedAlphabet.length))];
  return seed;
}

/**
 * A fresh code for a kind of set, with a random seed. `random` returns numbers in [0, 1), like Math.random.
 * Throws RangeError for a mix size outside 1 to 100 (a programming error, not a reader's).
 */
export function newCode(set: SetKind, parts: CodeParts, random: () => number = Math.random): string {
  const code = `${prefixOf(set, parts)}-${randomSeed(seedLength, random)}`;
  if (!parseCode(code, parts).ok) throw new RangeError(`no set code for ${JSON.stringify(set)}`);
  return code;
}

/** A 32-bit hash (FNV-1a, finished with murmur3's fmix32 so that similar strings land far apart). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Shuffles by ranking each item on a hash of the code and the item's id, rather than by drawing from a seeded
 * generator: the order then depends on neither the order the bank was loaded in, nor on questions added to the
 * bank later (a new question slots in; the others keep their order), so a code printed last week still matches.
 */
function shuffle<T extends { id: string }>(items: readonly T[], key: string): T[] {
  return items
    .map((item) => ({ item, rank: hash(`${key}/${item.id}`) }))
    .sort((a, b) => a.rank - b.rank || (a.item.id < b.item.id ? -1 : 1))
    .map(({ item }) => item);
}

/** The pool a set draws from, before ordering: for a part or 选举纪律专题, in the bank's (reading) order. */
export function pool<Q extends Question>(set: SetKind, bank: readonly Q[], mistakes: Mistakes): readonly Q[] {
  switch (set.kind) {
    case 'discipline':
      return bank.filter((q) => q.topics.includes('discipline'));
    case 'part':
    case 'check':
      return bank.filter((q) => q.part === set.part);
    case 'mix':
      return bank;
    case 'mistakes':
    case 'review':
      return mistakeQuestions(mistakes, bank);
  }
}

/**
 * How many questions a set of this kind holds at most: a mix its size, a part's check five, a part or the 专题 a
 * session; the 错题本 and a review all of theirs.
 */
const sizeOf = (set: SetKind): number =>
  set.kind === 'mix'
    ? set.size
    : set.kind === 'check'
      ? checkSize
      : set.kind === 'mistakes' || set.kind === 'review'
        ? Number.POSITIVE_INFINITY
        : sessionSize;

/**
 * How many questions a set of this kind holds, whatever its code: its size, or the whole pool if smaller. (The bank
 * tests check that the draw below always fills a set, giveaways left out.)
 */
export function questionCount(set: SetKind, bank: readonly Question[], mistakes: Mistakes = []): number {
  return Math.min(sizeOf(set), pool(set, bank, mistakes).length);
}

/**
 * The questions a set takes from its pool, in the code's order. A pool that fits in the set is taken whole, as it
 * always was, so the codes of such sets keep their questions; a larger pool (every mix, a long part, the 专题) is
 * drawn in that order, skipping any question kept apart from one already drawn (it gives that one away, or is given
 * away by it: BankQuestion's keptApart). The 错题本 and a review are the reader's own and taken whole.
 */
function draw<Q extends BankQuestion>(set: SetKind, ordered: readonly Q[]): readonly Q[] {
  const size = sizeOf(set);
  if (set.kind === 'mistakes' || set.kind === 'review' || (set.kind !== 'mix' && ordered.length <= size)) return ordered;
  const chosen: Q[] = [];
  for (const question of ordered) {
    if (chosen.length === size) break;
    if (!chosen.some((other) => other.keptApart.includes(question.id))) chosen.push(question);
  }
  return chosen;
}

/** A resolved set: its questions in the order the code fixes, or the reason the code could not be read. */
export type ResolvedSet = { ok: true; set: QuizSet; questions: BankQuestion[] } | { ok: false; error: string };

/**
 * The questions of a set, in the order its code fixes, so the same code gives the same sheet on a projector,
 * a phone and paper. Options are shuffled the same way, per code and question, so that "the answer is C" is
 * not worth remembering; true-or-false options stay 正确, 错误. `mistakes` is the reader's own list: the 错题本
 * for `m-` codes, today's review for `r-` codes. An empty list is not an error: a part may have no questions, the 错题本 may be empty.
 */
export function resolveSet(
  code: string | null | undefined,
  bank: Pick<Bank, 'parts' | 'questions'>,
  mistakes: Mistakes = [],
): ResolvedSet {
  const parsed = parseCode(code, bank.parts);
  if (!parsed.ok) return parsed;
  const { set } = parsed;
  const chosen = draw(set, shuffle(pool(set, bank.questions, mistakes), set.code));
  const questions = chosen.map((q) =>
    q.type === 'judge' ? q : { ...q, options: shuffle(q.options, `${set.code}/${q.id}`) },
  );
  return { ok: true, set, questions };
}
