/**
 * Exact rationals for the quota and margin arithmetic, so that 46 of 69 is exactly two thirds and 69 × 1.15 is
 * exactly 79.35. Numerator and denominator are plain integers: the calculators cap their inputs (see
 * field-input.ts), which keeps every product far below Number.MAX_SAFE_INTEGER.
 */

/** A reduced fraction with a positive denominator. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** A fraction as decimal digits, and whether those digits are the whole value or a rounding of it. */
export interface Decimal {
  readonly text: string;
  readonly exact: boolean;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The fraction num/den in lowest terms (den must not be 0). */
export function fraction(num: number, den = 1): Fraction {
  if (den === 0 || !Number.isInteger(num) || !Number.isInteger(den)) throw new RangeError(`not a fraction: ${num}/${den}`);
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den) || 1;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** a + b. */
export const plus = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);

/** a × b. */
export const times = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The greatest whole number not above f. */
export const floor = (f: Fraction): number => (f.num - (((f.num % f.den) + f.den) % f.den)) / f.den;

/** The least whole number not below f. */
export const ceil = (f: Fraction): number => -floor(fraction(-f.num, f.den));

/** f in decimal digits, rounded half away from zero to at most `digits` places, trailing zeros dropped (79.35, 56.7, 50). */
export function toDecimal(f: Fraction, digits: number): Decimal {
  const scale = 10 ** digits;
  const scaled = Math.abs(f.num) * scale;
  // Half-up rounding of scaled / den in integers: floor((2 × scaled + den) / (2 × den)).
  const rounded = floor(fraction(2 * scaled + f.den, 2 * f.den));
  const whole = (rounded - (rounded % scale)) / scale;
  const places = String(rounded % scale).padStart(digits, '0').replace(/0+$/, '');
  const sign = f.num < 0 && rounded > 0 ? '-' : '';
  return { text: `${sign}${whole}${places ? `.${places}` : ''}`, exact: scaled % f.den === 0 };
}

/** A share as a percent, rounded to one decimal as the handbook prints it (51/90 → 56.7). */
export const percent = (share: Fraction, digits = 1): Decimal => toDecimal(times(share, fraction(100)), digits);
