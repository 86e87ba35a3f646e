/**
 * The rules a slate of delegates or candidates is measured against, as data with the handbook's words:
 * the central committee's structure rules for each province's delegates (#quota-and-structure), and the
 * minimums the province set for its 90 recommended candidates (#candidate-quota).
 */
import { figures, type Citation, type Figure } from '../figures';
import { ceil, floor, fraction, times, type Fraction } from './fraction';

/** The kinds of people a slate is counted by. */
export type Measure = 'leaders' | 'frontline' | 'women' | 'minority' | 'under55';

/** A rule that bounds a kind's share of the list by a fixed fraction. */
export interface ShareTest {
  readonly kind: 'shareAtMost' | 'shareAtLeast';
  readonly share: Fraction;
  /** The fraction in the handbook's words: 三分之二, 50%. */
  readonly shareName: string;
}

/** How a structure rule bounds its kind: a fixed share, above the local share of women members, or "some". */
export type RuleTest = ShareTest | { readonly kind: 'aboveLocalShare' } | { readonly kind: 'some' };

/** One of the central committee's rules for the structure of a province's delegates. */
export interface StructureRule extends Citation {
  readonly measure: Measure;
  /** What is bounded, in the handbook's words: 党员领导干部所占比例. */
  readonly subject: string;
  /** The bound, in the handbook's words: 一般不超过三分之二. The quote is subject + requirement. */
  readonly requirement: string;
  readonly test: RuleTest;
}

// Generic in the test so that structureRules.leaders.test stays a ShareTest for countLimit().
const structureRule = <T extends RuleTest>(
  r: Omit<StructureRule, 'quote' | 'part' | 'anchor' | 'test'> & { readonly test: T },
): StructureRule & { readonly test: T } => ({
  ...r,
  quote: `${r.subject}${r.requirement}`,
  part: 'quotas',
  anchor: 'quota-and-structure',
});

const under55Share = figures.under55ShareMinPercent;

/** The central committee's structure rules, in the handbook's order (#quota-and-structure). */
export const structureRules = {
  leaders: structureRule({
    measure: 'leaders',
    subject: '党员领导干部所占比例',
    requirement: '一般不超过三分之二',
    test: { kind: 'shareAtMost', share: fraction(2, 3), shareName: '三分之二' },
  }),
  frontline: structureRule({
    measure: 'frontline',
    subject: '生产和工作第一线的党员所占比例',
    requirement: '一般不少于三分之一',
    test: { kind: 'shareAtLeast', share: fraction(1, 3), shareName: '三分之一' },
  }),
  women: structureRule({
    measure: 'women',
    subject: '女党员代表所占比例',
    requirement: '一般应高于本地区党员总数中女党员所占比例',
    test: { kind: 'aboveLocalShare' },
  }),
  minority: structureRule({
    measure: 'minority',
    subject: '少数民族代表',
    requirement: '应有一定数量',
    test: { kind: 'some' },
  }),
  under55: structureRule({
    measure: 'under55',
    subject: '55岁以下的代表所占比例',
    requirement: `一般不少于${under55Share.value}%`,
    test: { kind: 'shareAtLeast', share: fraction(under55Share.value, 100), shareName: `${under55Share.value}%` },
  }),
} as const satisfies Record<Measure, StructureRule>;

/** The whole-number bound a share rule sets for a list of `size`: two thirds of 69 is at most 46, one third at least 23. */
export function countLimit(test: ShareTest, size: number): number {
  const exact = times(fraction(size), test.share);
  return test.kind === 'shareAtMost' ? floor(exact) : ceil(exact);
}

/** A floor the province set for its list of recommended candidates: 55岁以下党员不少于45名. */
export interface ListMinimum {
  readonly measure: Measure;
  /** The figure; its label is the kind (55岁以下党员) and its value the least count. */
  readonly figure: Figure;
}

/** The size of the list the minimums are set for: the 90 recommended candidates. */
export const candidateListSize = figures.candidates.value;

/** The minimums for the 90 recommended candidates, in the handbook's order (#candidate-quota). */
export const candidateMinimums: readonly ListMinimum[] = [
  { measure: 'under55', figure: figures.under55Min },
  { measure: 'women', figure: figures.womenMin },
  { measure: 'minority', figure: figures.minorityMin },
];
