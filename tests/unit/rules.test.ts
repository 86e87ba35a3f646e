import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { candidateListSize, candidateMinimums, countLimit, structureRules } from '../../src/lib/widgets/rules';
import { expectQuoted } from '../helpers/citations';

describe('the central structure rules are the handbook’s words', () => {
  for (const rule of Object.values(structureRules)) {
    it(`${rule.subject}${rule.requirement} is in #${rule.anchor}`, () => {
      expectQuoted(rule);
    });
  }

  it('are the five rules the handbook states, in its order', () => {
    expect(Object.values(structureRules).map((r) => r.requirement)).toEqual([
      '一般不超过三分之二',
      '一般不少于三分之一',
      '一般应高于本地区党员总数中女党员所占比例',
      '应有一定数量',
      '一般不少于50%',
    ]);
  });
});

describe('the whole-number bound a share rule sets', () => {
  it('two thirds of 69 allows at most 46, and of 90 at most 60', () => {
    expect(countLimit(structureRules.leaders.test, 69)).toBe(46);
    expect(countLimit(structureRules.leaders.test, 90)).toBe(60);
    expect(countLimit(structureRules.leaders.test, 70)).toBe(46);
  });

  it('one third of 69 needs at least 23, and of 70 at least 24', () => {
    expect(countLimit(structureRules.frontline.test, 69)).toBe(23);
    expect(countLimit(structureRules.frontline.test, 70)).toBe(24);
  });

  it('50% of an odd size rounds up, of an even size is exact', () => {
    expect(countLimit(structureRules.under55.test, 69)).toBe(35);
    expect(countLimit(structureRules.under55.test, 90)).toBe(45);
  });
});

describe('the minimums for the 90 recommended candidates', () => {
  it('apply to a list of 90', () => {
    expect(candidateListSize).toBe(90);
  });

  it('are the handbook’s at least 45 under 55, 27 women and 2 from ethnic minorities', () => {
    expect(candidateMinimums.map((m) => [m.measure, m.figure.value])).toEqual([
      ['under55', 45],
      ['women', 27],
      ['minority', 2],
    ]);
    for (const m of candidateMinimums) expectQuoted(m.figure);
  });

  it('state the same floor for under-55s as 50% of 90', () => {
    expect(countLimit(structureRules.under55.test, candidateListSize)).toBe(figures.under55Min.value);
  });
});
