import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { minimumCandidates } from '../../src/lib/widgets/margin';
import { fraction } from '../../src/lib/widgets/fraction';
import { procedureFlow, procedureIntro, procedureSteps } from '../../src/lib/widgets/procedure';
import { blockText, expectQuoted } from '../helpers/citations';

describe('the five steps of part 六', () => {
  it('are the handbook’s five steps in order, each titled by its heading', () => {
    expect(procedureSteps.map((s) => [s.number, s.title, s.anchor])).toEqual([
      [1, '推荐提名', 'step-1'],
      [2, '组织考察', 'step-2'],
      [3, '确定代表候选人初步人选', 'step-3'],
      [4, '确定代表候选人预备人选', 'step-4'],
      [5, '会议选举', 'step-5'],
    ]);
    for (const step of procedureSteps) expect(blockText(step.anchor)).toBe(`${step.number}.${step.title}。`);
  });

  it('quote the introduction verbatim', () => {
    expectQuoted(procedureIntro);
  });

  for (const step of procedureSteps) {
    it(`step ${step.number}: every summary, actor and safeguard is quoted from that step’s paragraphs`, () => {
      for (const cited of [step.summary, ...step.actors, ...step.safeguards]) {
        expectQuoted(cited);
        expect(cited.anchor.startsWith(`step-${step.number}-`)).toBe(true);
      }
      for (const named of [...step.actors, ...step.safeguards]) expect(named.quote).toContain(named.name);
    });
  }
});

describe('the safeguards', () => {
  const safeguard = (name: string) => procedureSteps.flatMap((s) => s.safeguards.map((g) => ({ step: s.number, ...g }))).find((g) => g.name === name)!;

  it('stand at the steps the handbook puts them', () => {
    expect(
      ['差额考察和考察预告', '“四必”', '征求同级纪检监察机关的意见', '公示', '报中组部审查', '无记名投票'].map((n) => safeguard(n).step),
    ).toEqual([2, 2, 3, 3, 4, 5]);
  });

  it('list the four items of the 四必 verbatim', () => {
    const fourMusts = safeguard('“四必”');
    expect(fourMusts.items).toHaveLength(4);
    const text = blockText(fourMusts.anchor);
    for (const item of fourMusts.items!) expect(text).toContain(item);
    expect(text).toContain(`即${fourMusts.items!.join('，')}`);
  });

  it('state their figures: 5 working days of publicity, a margin of more than 15%', () => {
    expect(safeguard('公示').figure).toBe('publicityDays');
    expect(safeguard('公示').quote).toContain(figures.publicityDays.quote);
    expect(safeguard('多于15%的差额比例').quote).toContain(figures.marginPercent.quote);
  });
});

describe('the numbers flowing through the steps', () => {
  it('go 90 考察对象 → at least 80 初步人选 → 80 预备人选 → 69 delegates', () => {
    expect(procedureFlow.map(({ step, figure }) => [step, figure.qualifier ?? '', figure.value])).toEqual([
      [1, '', 90],
      [3, '不少于', 80],
      [4, '', 80],
      [5, '', 69],
    ]);
  });

  it('each number is stated in its own step', () => {
    for (const { step, figure } of procedureFlow) expect(figure.anchor.startsWith(`step-${step}-`)).toBe(true);
  });

  it('the 80 prepared candidates are the least that give a margin of more than 15% over 69 seats', () => {
    const working = minimumCandidates(figures.electedDelegates.value, fraction(figures.marginPercent.value), '多于');
    expect(working.minimum).toBe(figures.prepared.value);
  });
});
