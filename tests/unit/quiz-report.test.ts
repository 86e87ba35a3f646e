import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { findGiveaways, figuresIn, givesAway } from '../../src/lib/quiz/giveaways';
import {
  bankReport,
  duplicateStems,
  formatReport,
  giveawaysInWholeSets,
  keyIsLongest,
  misquotes,
  pools,
  sharedGiveaways,
  statistics,
  strayFigures,
} from '../../src/lib/quiz/report';
import { newCode, questionCount, resolveSet, sessionSize, type SetKind } from '../../src/lib/quiz/sets';
import { readBankForTest } from '../helpers/bank';
import { readBlocks } from '../helpers/handbook';

const base = { part: 'procedure', topics: ['procedure' as const], kind: 'wording' as const, explanation: '解析' };
// Each sample cites words of its own, so that only the test at hand finds a giveaway.
const own = (id: string) => ({ id, source: { anchor: `p-${id}`, quote: id } });
const single = (id: string, stem: string, key: string, ...others: string[]): Question => ({
  ...base,
  ...own(id),
  type: 'single',
  stem,
  options: [key, ...others].map((text, i) => ({ id: `o${i}`, text })),
  answer: 'o0',
});
const judge = (id: string, stem: string, answer: 'right' | 'wrong'): Question => ({
  ...base,
  ...own(id),
  type: 'judge',
  stem,
  options: [
    { id: 'right', text: '正确' },
    { id: 'wrong', text: '错误' },
  ],
  answer,
});
const multiple = (id: string, keyed: string[], unkeyed: string[]): Question => ({
  ...base,
  ...own(id),
  type: 'multiple',
  stem: `${id}？`,
  options: [...keyed, ...unkeyed].map((text, i) => ({ id: `o${i}`, text })),
  answer: keyed.map((_, i) => `o${i}`),
});

describe('a giveaway', () => {
  const body = single('body', '90名考察对象名单由谁提出？', '省委常委会', '省委全会', '中组部');
  const flow = judge('flow', '省委常委会研究提出初步人选。', 'right');
  const count = { ...single('count', '推荐人选名额为多少？', '90名', '80名', '69名'), kind: 'number' as const };

  it('is a stem printing another question’s key, in words or as a figure', () => {
    expect(findGiveaways([body, flow, count])).toEqual([
      { from: 'body', to: 'count', clue: '90名' },
      { from: 'flow', to: 'body', clue: '省委常委会' },
    ]);
  });

  it('is not a distractor equal to another question’s key, which tells the reader nothing', () => {
    const other = single('other', '预备人选由谁确定？', '省委全会', '省委常委会', '中组部');
    expect(findGiveaways([body, other])).toEqual([]);
  });

  it('compares figures as whole tokens, so 2名 is not found in 2300名', () => {
    expect(figuresIn('代表名额共2300名，少数民族党员不少于2名，占56.7%，三分之二')).toEqual(['2300名', '2名', '56.7%', '三分之二']);
    const minority = { ...single('minority', '少数民族党员不少于多少名？', '2名', '5名', '3名'), kind: 'number' as const };
    const national = judge('national', '党的二十大代表名额共2300名。', 'right');
    const list = judge('list', '推荐人选中少数民族党员不少于2名。', 'right');
    expect(findGiveaways([minority, national, list])).toEqual([{ from: 'list', to: 'minority', clue: '2名' }]);
  });

  it('takes a figure in a key as the answer only in a number question, not where it is a premise', () => {
    const bounds = multiple('bounds', ['55岁以下代表的比例', '第一线党员的比例'], ['党员领导干部的比例']);
    const age = judge('age', '55岁以下的代表所占比例一般不超过50%。', 'wrong');
    expect(findGiveaways([bounds, age])).toEqual([]);
  });

  it('is a true-or-false statement settled by words that settle another question', () => {
    const cite = (quote: string) => ({ source: { anchor: 'leadership-requirements', quote } });
    const zero = { ...single('zero', '对违规问题的态度是？', '一经发现坚决查处', '酌情处理', '批评教育'), ...cite('一经发现坚决查处，绝不姑息迁就') };
    const delay = { ...judge('delay', '发现有人拉票，可以等选举结束后再处理。', 'wrong'), ...cite('一经发现坚决查处') };
    const other = { ...judge('other', '要确保风清气正。', 'right'), ...cite('确保风清气正') };
    expect(findGiveaways([zero, delay, other])).toEqual([{ from: 'zero', to: 'delay', clue: '一经发现坚决查处' }]);
  });

  it('counts in both directions when a set is drawn', () => {
    expect(givesAway(body, flow)).toBe(true);
    expect(givesAway(flow, body)).toBe(true);
    expect(givesAway(flow, count)).toBe(false);
  });
});

describe('the style statistics', () => {
  it('count lax markers in true and false statements, lone distractors and keys longer than every distractor', () => {
    const s = statistics([
      judge('a', '只要不造成严重后果，可以不予查处。', 'wrong'),
      judge('b', '各推荐单位可以适当扩大比例进行推荐提名。', 'right'),
      judge('c', '公示时间为5天。', 'wrong'),
      multiple('d', ['拉票贿选', '说情打招呼', '跑风漏气'], ['积极参与推荐提名']),
      multiple('e', ['拉票贿选', '说情打招呼'], ['按少于分配名额的人数推荐', '家庭出身']),
      single('f', '题干', '以无记名投票方式进行选举', '举手', '鼓掌'),
    ]);
    expect([s.judgeRight, s.judgeWrong, s.laxRight, s.laxWrong]).toEqual([1, 2, 1, 1]);
    expect(s.loneDistractor).toBe(1);
    expect(s.longestKeyed).toBe(1);
    expect(keyIsLongest(single('g', '题干', '5个工作日', '5天', '7个工作日'))).toBe(false);
  });
});

describe('the mechanical checks', () => {
  it('find a repeated stem, a quote not in its paragraph and a figure figures.ts does not have', () => {
    const cite = (quote: string) => ({ source: { anchor: 'step-3-preliminary', quote } });
    const a = { ...single('a', '公示时间是多长？', '5个工作日', '5天', '7个工作日'), ...cite('公示时间为5个工作日') };
    const b = { ...single('b', '公示时间是多长', '7个工作日', '5天', '10天'), ...cite('公示时间为7个工作日') };
    expect(duplicateStems([a, b])).toEqual([['a', 'b']]);
    const paragraphs = new Map([['step-3-preliminary', '以党内文件的形式进行公示，公示时间为5个工作日。']]);
    expect(misquotes([a, b], paragraphs)).toEqual([{ id: 'b', anchor: 'step-3-preliminary', quote: '公示时间为7个工作日' }]);
    expect(strayFigures([a, b])).toEqual([{ id: 'b', figure: '7个工作日' }]);
  });

  it('report a giveaway only where a set taken whole can hold both questions', () => {
    const body = { ...single('body', '考察对象名单由谁提出？', '省委常委会', '省委全会', '中组部'), topics: ['discipline' as const] };
    const flow = judge('flow', '省委常委会研究提出初步人选。', 'right');
    const shared = sharedGiveaways(pools([body, flow]));
    expect(shared.map((g) => g.pools)).toEqual([[{ name: 'part procedure', drawn: false }, { name: 'mix', drawn: true }]]);
    expect(giveawaysInWholeSets(shared)).toHaveLength(1);
    expect(giveawaysInWholeSets(sharedGiveaways(pools([body, { ...flow, part: 'quotas' }])))).toEqual([]);
  });
});

describe('the bank', () => {
  const { parts, questions: bank } = readBankForTest();
  const paragraphs = new Map([...readBlocks()].map(([id, block]) => [id, block.text]));
  const report = bankReport(bank, paragraphs);

  it('has no two questions with the same stem', () => {
    expect(report.duplicateStems).toEqual([]);
  });

  it('quotes every citation verbatim from the paragraph it names', () => {
    expect(report.misquotes).toEqual([]);
  });

  it('states in its stems and keys only figures that src/lib/figures.ts has', () => {
    expect(report.strayFigures).toEqual([]);
  });

  it('has no two questions that give each other away in a set taken whole', () => {
    expect(giveawaysInWholeSets(report.giveaways).map((g) => `${g.from} → ${g.to}: ${g.clue}`)).toEqual([]);
  });

  it('prints a report naming every check', () => {
    const text = formatReport(report);
    for (const heading of ['giveaways inside a set', 'duplicate stems', 'quotes not in their paragraph', 'lax marker'])
      expect(text).toContain(heading);
  });

  describe('sets drawn from it', () => {
    const kinds: SetKind[] = [
      { kind: 'discipline' },
      ...parts.map((part): SetKind => ({ kind: 'part', part: part.id })),
      ...[10, 20, 30, 50, 100].map((size): SetKind => ({ kind: 'mix', size })),
    ];
    let seed = 1;
    // A fixed sequence of seeds, so a failure names a code that can be tried by hand.
    const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;

    // Slow on a loaded machine: hundreds of sets, each compared pair by pair.
    it('never hold two questions that give each other away, and always hold as many as they say', { timeout: 60_000 }, () => {
      for (const kind of kinds)
        for (let i = 0; i < 25; i++) {
          const code = newCode(kind, parts, random);
          const result = resolveSet(code, { parts, questions: bank });
          if (!result.ok) throw new Error(result.error);
          const pairs = result.questions.flatMap((a, j) =>
            result.questions.slice(j + 1).filter((b) => givesAway(a, b)).map((b) => `${a.id} & ${b.id}`),
          );
          expect(pairs, code).toEqual([]);
          expect(result.questions.length, code).toBe(questionCount(kind, bank));
        }
    });

    it('hold at most a session’s worth for a part or the 专题', () => {
      for (const kind of kinds.filter((k) => k.kind !== 'mix'))
        expect(questionCount(kind, bank)).toBeLessThanOrEqual(sessionSize);
    });
  });
});
