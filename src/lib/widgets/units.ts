/**
 * The province's 17 recommendation units, grouped as the handbook lists them (#recommendation-units). The handbook
 * does not name the 13 cities, so they stay one group of 13.
 */
import { figures, type Citation } from '../figures';

/** A group of recommendation units; the name is the quote, or part of it. */
export interface UnitGroup extends Citation {
  readonly name: string;
  /** How many units the group is. */
  readonly count: number;
  /** The handbook's explanation in parentheses, verbatim (only 省直属单位 has one). */
  readonly explanation?: string;
}

const unitGroup = (name: string, count: number, quote = name): UnitGroup => ({
  name,
  count,
  quote,
  part: 'quotas',
  anchor: 'recommendation-units',
});

/** The groups in the handbook's order. Each named unit other than the cities is one unit: 13 + 4 = 17. */
export const unitGroups: readonly UnitGroup[] = [
  unitGroup('设区市', figures.cityUnits.value, figures.cityUnits.quote),
  unitGroup('省级机关', 1),
  unitGroup('在宁高校', 1),
  unitGroup('省属企业', 1),
  {
    ...unitGroup('省直属单位', 1),
    explanation: '指党组织关系在省委组织部、省委“两新”工委的部省属企事业单位和省级有关行业协会党委',
  },
];
