import { describe, expect, it } from 'vitest';
import { summary } from '../../src/lib/search/messages';
import { searchHandbook, type SearchOutcome } from '../../src/lib/search/outcome';
import { readQuestions } from '../helpers/questions';
import { handbook } from '../helpers/search';

/** The paragraphs a reader sees, in the order shown: the exact matches, then the nearest paragraphs. */
const shownIds = (outcome: SearchOutcome) => [
  ...outcome.parts.flatMap((part) => part.paragraphs.map((p) => p.id)),
  ...outcome.nearest.paragraphs.map((p) => p.id),
];

const questions = readQuestions();
const ranks = questions.map((question) => {
  const right = [question.id, ...(question.also ?? [])];
  return { question, rank: shownIds(searchHandbook(handbook, question.q)).findIndex((id) => right.includes(id)) };
});
const share = (ok: (rank: number) => boolean) => ranks.filter((r) => ok(r.rank)).length / ranks.length;

describe('questions in the readers’ words (tests/fixtures/search-questions.yaml)', () => {
  it('get the answering paragraph among the first three results for at least 97 % of them', () => {
    const missed = ranks.filter((r) => r.rank < 0 || r.rank > 2).map((r) => `${r.question.q} → ${r.question.id}`);
    expect(share((rank) => rank >= 0 && rank <= 2), missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('get it first for at least 80 % of them', () => {
    expect(share((rank) => rank === 0)).toBeGreaterThanOrEqual(0.8);
  });

  it('never get an answer sentence from a paragraph that does not answer, and get one for at least 45 % of them', () => {
    const answers = questions.flatMap((q) => {
      const answer = searchHandbook(handbook, q.q).nearest.answer;
      return answer ? [{ q: q.q, right: [q.id, ...(q.also ?? [])].includes(answer.id) }] : [];
    });
    expect(answers.filter((a) => !a.right).map((a) => a.q)).toEqual([]);
    expect(answers.length / questions.length).toBeGreaterThanOrEqual(0.45);
  });
});

describe('the nearest paragraphs', () => {
  it('for 差额选举 start with the 15 % election margin, not the 差额考察 paragraph', () => {
    expect(searchHandbook(handbook, '差额选举').nearest.paragraphs[0]).toMatchObject({ id: 'step-5-election', partUrl: '/procedure/' });
  });

  it('link each paragraph with the words it shares to mark on arrival, and mark them in its excerpt', () => {
    const [first] = searchHandbook(handbook, '公示几天').nearest.paragraphs;
    expect(first).toMatchObject({ id: 'step-3-preliminary', words: expect.arrayContaining(['公示', '个工作日']) });
    expect(new URL(first!.href, 'https://x').searchParams.get('hl')!.split(' ')).toEqual(first!.words);
    expect(first!.excerpt.filter((s) => s.marked).map((s) => s.text)).toContain('公示');
  });

  it('put the answer first, in the handbook’s words, where one paragraph clearly leads', () => {
    const { answer } = searchHandbook(handbook, '公示几天').nearest;
    expect(answer).toMatchObject({ id: 'step-3-preliminary', partTitle: '六、二十大代表的产生要经过哪些程序和环节？' });
    expect(answer!.sentence.map((s) => s.text).join('')).toContain('公示时间为5个工作日。');
  });

  it('give no answer where no paragraph leads', () => {
    expect(searchHandbook(handbook, '代表').nearest.answer).toBeUndefined();
    expect(searchHandbook(handbook, '党员 代表 工作').nearest.answer).toBeUndefined();
  });

  it('follow a heading that matches exactly, so that the paragraph under it is one step away', () => {
    const outcome = searchHandbook(handbook, '顶帽子！');
    expect(outcome.parts.flatMap((p) => p.paragraphs.map((q) => q.id))).toEqual(['identity']);
    expect(outcome.nearest.paragraphs[0]?.id).toBe('identity-text');
  });

  it('for a homophone slip offer the word meant', () => {
    expect(searchHandbook(handbook, '查额比例').suggestions[0]).toMatchObject({ text: '差额比例' });
  });

  it('are not added to plenty of exact matches', () => {
    expect(searchHandbook(handbook, '差额').nearest.paragraphs).toEqual([]);
  });
});

describe('hostile input', () => {
  it('says what was dropped, and never repeats a bidi control in the status sentence', () => {
    const outcome = searchHandbook(handbook, '\u202E差额比例是多少');
    expect(summary(outcome)).toMatch(/^已略去搜索词中看不见或无法显示的字符。手册中没有“差额比例是多少”/);
    expect(summary(outcome)).not.toMatch(/\p{Default_Ignorable_Code_Point}/u);
  });

  it('a lone surrogate alone asks for a word, with the notice', () => {
    expect(summary(searchHandbook(handbook, '\uD800'))).toBe('已略去搜索词中看不见或无法显示的字符。输入要找的字词，例如：');
  });
});
