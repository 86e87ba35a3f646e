import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { candidateFloors, candidateSplit, provinceQuota } from '../../src/lib/widgets/quota';
import { blockText } from '../helpers/citations';

describe('the quota overview', () => {
  it('gives the province 69 of the national 2300, exactly 3%', () => {
    expect([provinceQuota.figure.value, provinceQuota.whole.value]).toEqual([69, 2300]);
    expect(provinceQuota.share).toEqual({ text: '3', exact: true });
  });

  it('splits the 90 candidates into 51 and 39 with the shares the handbook prints', () => {
    expect(candidateSplit.map((p) => [p.key, p.figure.value, p.share.text])).toEqual([
      ['leaders', 51, '56.7'],
      ['frontline', 39, '43.3'],
    ]);
    expect(candidateSplit.reduce((sum, p) => sum + p.figure.value, 0)).toBe(figures.candidates.value);
    for (const part of candidateSplit) expect(blockText(part.figure.anchor)).toContain(`${part.figure.quote}，占${part.share.text}%`);
  });

  it('shows the floors for age, women and minorities as shares of the 90', () => {
    expect(candidateFloors.map((p) => [p.key, p.figure.qualifier, p.figure.value, p.share.text, p.share.exact])).toEqual([
      ['under55', '不少于', 45, '50', true],
      ['women', '不少于', 27, '30', true],
      ['minority', '不少于', 2, '2.2', false],
    ]);
  });
});
