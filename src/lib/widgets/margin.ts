/**
 * The margin calculator (差额测算). A margin is how many more candidates than seats, as a percent of the seats:
 * with 69 seats and a margin of 多于15%, candidates > 69 × 1.15 = 79.35, so at least 80 (the handbook's 80 预备人选).
 * 多于 is strict and 不少于 is inclusive, which differ only when the product is a whole number.
 */
import { figures, type Qualifier } from '../figures';
import { isBlank, parseCount, parsePercent, type FormResult } from './field-input';
import { ceil, compare, floor, fraction, plus, times, toDecimal, type Decimal, type Fraction } from './fraction';

/** The calculator's inputs: seats, the margin in percent and how it bounds, and optionally a number of candidates. */
export interface MarginInput {
  readonly seats: number;
  /** The margin in percent (15, or 25/2 for 12.5). */
  readonly margin: Fraction;
  readonly qualifier: Qualifier;
  /** A number of candidates to compare with the minimum and to measure the margin of. */
  readonly candidates?: number;
}

/** The working from seats and margin to the least number of candidates, each step as data to show. */
export interface MarginWorking {
  readonly seats: number;
  readonly qualifier: Qualifier;
  /** The margin as typed: 15, 12.5. */
  readonly marginText: string;
  /** 1 + margin: 1.15. */
  readonly multiplierText: string;
  /** seats × (1 + margin), exactly. */
  readonly product: Fraction;
  /** The product in decimals: 79.35. */
  readonly productText: string;
  readonly productIsWhole: boolean;
  /** The least number of candidates: 80. */
  readonly minimum: number;
  /** How many more candidates than seats that is: 11. */
  readonly extra: number;
  /** Why the product rounds to the minimum, in Chinese. */
  readonly reason: string;
}

// A margin read by parsePercent has at most two decimals, so the multiplier and product need at most four: exact.
const DIGITS = 4;

/** The least number of candidates for `seats` seats and a margin of 多于/不少于 `margin` percent. */
export function minimumCandidates(seats: number, margin: Fraction, qualifier: Qualifier): MarginWorking {
  const multiplier = plus(fraction(1), times(margin, fraction(1, 100)));
  const product = times(fraction(seats), multiplier);
  const productText = toDecimal(product, DIGITS).text;
  const productIsWhole = product.den === 1;
  // 多于 needs the least whole number strictly above the product; 不少于 the least one not below it.
  const minimum = qualifier === '多于' ? floor(product) + 1 : ceil(product);
  const reason =
    qualifier === '多于'
      ? productIsWhole
        ? `候选人数要多于${productText}，等于${productText}还不够，所以至少${minimum}名。`
        : `候选人数要多于${productText}；人数是整数，多于${productText}的最小整数是${minimum}。`
      : productIsWhole
        ? `候选人数不少于${productText}即可，所以至少${minimum}名。`
        : `候选人数不能少于${productText}；人数是整数，不少于${productText}的最小整数是${minimum}。`;
  return {
    seats,
    qualifier,
    marginText: toDecimal(margin, DIGITS).text,
    multiplierText: toDecimal(multiplier, DIGITS).text,
    product,
    productText,
    productIsWhole,
    minimum,
    extra: minimum - seats,
    reason,
  };
}

/** The margin of a number of candidates over a number of seats. */
export interface MarginOf {
  readonly candidates: number;
  readonly seats: number;
  /** candidates − seats. */
  readonly extra: number;
  /** (candidates − seats) / seats in percent, exactly: 1100/69 for 80 over 69. */
  readonly margin: Fraction;
  /** The same to two decimals: 15.94, not exact (show it as 约15.94%). */
  readonly text: Decimal;
}

/** The margin, in percent, of `candidates` candidates for `seats` seats (80 for 69 is about 15.94%). */
export function marginOf(candidates: number, seats: number): MarginOf {
  const margin = fraction((candidates - seats) * 100, seats);
  return { candidates, seats, extra: candidates - seats, margin, text: toDecimal(margin, 2) };
}

/** A number of candidates measured against the rule: its margin, and whether it meets the rule. */
export interface CandidatesCheck extends MarginOf {
  readonly meets: boolean;
  /** One sentence, in Chinese: 差额比例约为15.94%，多于15%，符合要求。 */
  readonly note: string;
}

/** What the calculator shows: the working to the least number of candidates and, if given, the candidates measured. */
export interface MarginResult {
  readonly working: MarginWorking;
  readonly check?: CandidatesCheck;
}

/** The working for the input and, when it names a number of candidates, their margin judged by 多于 or 不少于. */
export function calculateMargin(input: MarginInput): MarginResult {
  const working = minimumCandidates(input.seats, input.margin, input.qualifier);
  if (input.candidates === undefined) return { working };
  const of = marginOf(input.candidates, input.seats);
  const c = compare(of.margin, input.margin);
  const meets = input.qualifier === '多于' ? c > 0 : c >= 0;
  const required = `${working.marginText}%`;
  const measured = `差额比例${of.text.exact ? '为' : '约为'}${of.text.text}%`;
  const note = meets
    ? `${measured}，${input.qualifier}${required}，符合要求。`
    : `${measured}，${c === 0 ? `等于${required}，没有多于${required}` : `少于${required}`}，不符合要求；至少需要${working.minimum}名候选人。`;
  return { working, check: { ...of, meets, note } };
}

/** The calculator's form fields: qualifier is a choice, the others are typed. */
export type MarginField = keyof MarginInput;

/** What the reader typed or chose in each field. */
export interface MarginDraft {
  readonly seats: string;
  readonly margin: string;
  readonly qualifier: Qualifier;
  readonly candidates: string;
}

/** Each field's label, in form order; the labels also name the fields in error messages. */
export const marginLabels: Readonly<Record<MarginField, string>> = {
  seats: '应选人数',
  margin: '差额比例',
  qualifier: '差额比例的要求',
  candidates: '候选人数',
};

/** Reads the calculator's form: seats and margin are required, the number of candidates may be left blank. */
export function readMarginDraft(draft: MarginDraft): FormResult<MarginInput, MarginField> {
  const errors: Partial<Record<MarginField, string>> = {};
  const seats = parseCount(draft.seats, marginLabels.seats, 1);
  if (!seats.ok) errors.seats = seats.message;
  const margin = parsePercent(draft.margin, marginLabels.margin);
  if (!margin.ok) errors.margin = margin.message;
  let candidates: number | undefined;
  if (!isBlank(draft.candidates)) {
    const read = parseCount(draft.candidates, marginLabels.candidates);
    if (!read.ok) errors.candidates = read.message;
    else if (seats.ok && read.value < seats.value) errors.candidates = `${marginLabels.candidates}不能少于${marginLabels.seats}。`;
    else candidates = read.value;
  }
  if (!seats.ok || !margin.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const input = { seats: seats.value, margin: margin.value, qualifier: draft.qualifier };
  return { ok: true, value: candidates === undefined ? input : { ...input, candidates } };
}

/** The form as it shows an input: for the preset and shared links. */
export const marginDraft = (input: MarginInput): MarginDraft => ({
  seats: String(input.seats),
  margin: toDecimal(input.margin, 2).text,
  qualifier: input.qualifier,
  candidates: input.candidates === undefined ? '' : String(input.candidates),
});

/** The handbook's election: 69 seats, a margin of 多于15%, and its 80 prepared candidates (#step-5-election, #step-4-prepared). */
export const marginPreset: MarginInput = {
  seats: figures.electedDelegates.value,
  margin: fraction(figures.marginPercent.value),
  qualifier: '多于',
  candidates: figures.prepared.value,
};
