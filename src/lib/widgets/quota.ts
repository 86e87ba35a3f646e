/**
 * What the quota overview shows: the province's 69 of the national 2300, and its 90 recommended candidates as 51
 * leading cadres and 39 front-line members with the floors for age, women and minorities. Every share is computed
 * from the counts in figures.ts.
 */
import { figures, type Figure } from './figures';
import { fraction, percent, type Decimal } from './fraction';
import { candidateMinimums, type Measure } from './rules';

/** A figure as a part of a whole, with its share in percent to one decimal (exact says whether it is rounded). */
export interface QuotaPart {
  /** Which part: the province's quota, or a kind of candidate. */
  readonly key: 'province' | Measure;
  readonly figure: Figure;
  readonly whole: Figure;
  readonly share: Decimal;
}

const partOf = (key: QuotaPart['key'], figure: Figure, whole: Figure): QuotaPart => ({
  key,
  figure,
  whole,
  share: percent(fraction(figure.value, whole.value)),
});

/** The province's 69 delegates as a share of the national 2300 (#quota-and-structure). */
export const provinceQuota = partOf('province', figures.provincialDelegates, figures.nationalDelegates);

/** The 90 recommended candidates by kind: 51 leading cadres and 39 front-line members (#candidate-quota). */
export const candidateSplit: readonly QuotaPart[] = [
  partOf('leaders', figures.leadingCadres, figures.candidates),
  partOf('frontline', figures.frontlineMembers, figures.candidates),
];

/** The least counts among the 90, under-55s, women and minorities, each with its share of the 90 (#candidate-quota). */
export const candidateFloors: readonly QuotaPart[] = candidateMinimums.map((m) => partOf(m.measure, m.figure, figures.candidates));
