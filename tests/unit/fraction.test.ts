import { describe, expect, it } from 'vitest';
import { ceil, compare, floor, fraction, percent, plus, times, toDecimal } from '../../src/lib/widgets/fraction';

describe('exact fractions', () => {
  it('46 of 69 is exactly two thirds, and 23 of 69 exactly one third', () => {
    expect(fraction(46, 69)).toEqual(fraction(2, 3));
    expect(compare(fraction(46, 69), fraction(2, 3))).toBe(0);
    expect(compare(fraction(23, 69), fraction(1, 3))).toBe(0);
  });

  it('orders fractions that floating point would blur', () => {
    expect(compare(fraction(47, 69), fraction(2, 3))).toBe(1);
    expect(compare(fraction(45, 69), fraction(2, 3))).toBe(-1);
    expect(compare(plus(fraction(1, 10), fraction(2, 10)), fraction(3, 10))).toBe(0);
  });

  it('69 × 1.15 is exactly 79.35', () => {
    expect(times(fraction(69), fraction(115, 100))).toEqual(fraction(7935, 100));
  });

  it('rounds down and up to whole numbers, negatives included', () => {
    expect([floor(fraction(7935, 100)), ceil(fraction(7935, 100))]).toEqual([79, 80]);
    expect([floor(fraction(80)), ceil(fraction(80))]).toEqual([80, 80]);
    expect([floor(fraction(-7, 2)), ceil(fraction(-7, 2))]).toEqual([-4, -3]);
  });

  it('keeps the denominator positive', () => {
    expect(fraction(1, -2)).toEqual({ num: -1, den: 2 });
  });
});

describe('decimal text', () => {
  it('rounds half up to the given places and says whether it rounded', () => {
    expect(percent(fraction(51, 90))).toEqual({ text: '56.7', exact: false });
    expect(percent(fraction(39, 90))).toEqual({ text: '43.3', exact: false });
    expect(toDecimal(fraction(1, 8), 2)).toEqual({ text: '0.13', exact: false });
    expect(toDecimal(fraction(7935, 100), 4)).toEqual({ text: '79.35', exact: true });
  });

  it('drops trailing zeros, and a rounding that reaches a whole number shows no point', () => {
    expect(toDecimal(fraction(50), 1)).toEqual({ text: '50', exact: true });
    expect(toDecimal(fraction(9999, 10000), 2)).toEqual({ text: '1', exact: false });
  });

  it('writes negative values with a minus sign', () => {
    expect(toDecimal(fraction(-5, 4), 2).text).toBe('-1.25');
  });
});
