import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { unitGroups } from '../../src/lib/widgets/units';
import { blockText, expectQuoted } from '../helpers/citations';

describe('the recommendation units', () => {
  it('are grouped in the handbook’s order: the 13 cities, then four named units', () => {
    expect(unitGroups.map((g) => [g.name, g.count])).toEqual([
      ['设区市', 13],
      ['省级机关', 1],
      ['在宁高校', 1],
      ['省属企业', 1],
      ['省直属单位', 1],
    ]);
  });

  it('add up to the handbook’s 17 units', () => {
    expect(unitGroups.reduce((sum, g) => sum + g.count, 0)).toBe(figures.recommendationUnits.value);
  });

  it('are each quoted from #recommendation-units', () => {
    for (const group of unitGroups) {
      expectQuoted(group);
      expect(group.quote).toContain(group.name);
    }
  });

  it('explain 省直属单位 with the handbook’s own words in parentheses', () => {
    const direct = unitGroups.find((g) => g.name === '省直属单位')!;
    expect(blockText(direct.anchor)).toContain(`${direct.name}（${direct.explanation}）`);
    expect(unitGroups.filter((g) => g.explanation !== undefined)).toHaveLength(1);
  });
});
