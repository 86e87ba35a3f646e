/**
 * What the quota overview shows: the province's 69 of the national 2300, and its 90 recommended candidates as 51
 * leading cadres and 39 front-line members with the floors for age, women and minorities. Every share is computed
 * from the counts in figures.ts.
 */
import { figures, type Figure } from '../figures';
import { fraction, percent, type Decimal } from './fraction';
import { candidateMinimums, type Measure } from './rules';

/** A figure as a share of a whole, with the share in percent to one decimal (exact says whether it is rounded). */
export interface QuotaShare {
  /** Which share: the province's quota, or a kind of candidate. */
  readonly key: 'province' | Measure;
  readonly figure: Figure;
  readonly whole: Figure;
  readonly share: Decimal;
}

const shareOf = (key: QuotaShare['key'], figure: Figure, whole: Figure): QuotaShare => ({
  key,
  figure,
  whole,
  share: percent(fraction(figure.value, whole.value)),
});

/** The province's 69 delegates as a share of the national 2300 (#quota-and-structure). */
export const provinceQuota = shareOf('province', figures.provincialDelegates, figures.nationalDelegates);

/** The 90 recommended candidates by kind: 51 leading cadres and 39 front-line members (#candidate-quota). */
export const candidateSplit: readonly QuotaShare[] = [
  shareOf('leaders', figures.leadingCadres, figures.candidates),
  shareOf('frontline', figures.frontlineMembers, figures.candidates),
];

/** The least counts among the 90, under-55s, women and minorities, each with its share of the 90 (#candidate-quota). */
export const candidateFloors: readonly QuotaShare[] = candidateMinimums.map((m) => shareOf(m.measure, m.figure, figures.candidates));
