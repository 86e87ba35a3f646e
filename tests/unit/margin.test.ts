import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { fraction } from '../../src/lib/widgets/fraction';
import { calculateMargin, marginDraft, marginOf, marginPreset, minimumCandidates, readMarginDraft, type MarginDraft } from '../../src/lib/widgets/margin';

describe('the least number of candidates for a margin', () => {
  it('69 seats with a margin of more than 15%: 69 × 1.15 = 79.35, so at least 80', () => {
    const working = minimumCandidates(69, fraction(15), '多于');
    expect(working).toMatchObject({
      seats: 69,
      marginText: '15',
      multiplierText: '1.15',
      productText: '79.35',
      productIsWhole: false,
      minimum: 80,
      extra: 11,
    });
    expect(working.reason).toBe('候选人数要多于79.35；人数是整数，多于79.35的最小整数是80。');
  });

  it('gives the handbook’s 80 prepared candidates for its 69 delegates and 15% margin', () => {
    expect(minimumCandidates(marginPreset.seats, marginPreset.margin, marginPreset.qualifier).minimum).toBe(figures.prepared.value);
    expect(marginPreset.qualifier).toBe(figures.marginPercent.qualifier);
  });

  it('with 不少于 the bound is inclusive: 69 × 1.2 = 82.8, so at least 83', () => {
    const working = minimumCandidates(69, fraction(20), '不少于');
    expect([working.productText, working.minimum]).toEqual(['82.8', 83]);
  });

  it('when the product is whole, 多于 needs one more than it and 不少于 equals it', () => {
    const more = minimumCandidates(20, fraction(15), '多于');
    const atLeast = minimumCandidates(20, fraction(15), '不少于');
    expect([more.productText, more.productIsWhole, more.minimum]).toEqual(['23', true, 24]);
    expect(atLeast.minimum).toBe(23);
    expect(more.reason).toBe('候选人数要多于23，等于23还不够，所以至少24名。');
    expect(atLeast.reason).toBe('候选人数不少于23即可，所以至少23名。');
  });

  it('handles a margin with decimals exactly: 69 × 1.125 = 77.625', () => {
    const working = minimumCandidates(69, fraction(25, 2), '多于');
    expect([working.marginText, working.multiplierText, working.productText, working.minimum]).toEqual(['12.5', '1.125', '77.625', 78]);
  });

  it('a margin of 0% 不少于 is as many candidates as seats, 多于 one more', () => {
    expect(minimumCandidates(69, fraction(0), '不少于').minimum).toBe(69);
    expect(minimumCandidates(69, fraction(0), '多于').minimum).toBe(70);
  });
});

describe('the margin of a number of candidates', () => {
  it('80 candidates for 69 seats is a margin of 1100/69 %, about 15.94%', () => {
    expect(marginOf(80, 69)).toEqual({
      candidates: 80,
      seats: 69,
      extra: 11,
      margin: fraction(1100, 69),
      text: { text: '15.94', exact: false },
    });
  });

  it('is exact when it can be: 23 for 20 is 15%, 9 for 8 is 12.5%', () => {
    expect(marginOf(23, 20).text).toEqual({ text: '15', exact: true });
    expect(marginOf(9, 8).text).toEqual({ text: '12.5', exact: true });
  });

  it('the least number of candidates is the first whose margin meets the rule', () => {
    for (const seats of [1, 7, 20, 69, 100]) {
      for (const qualifier of ['多于', '不少于'] as const) {
        const { minimum } = minimumCandidates(seats, fraction(15), qualifier);
        const meets = (c: number) => {
          const m = marginOf(c, seats).margin;
          const diff = m.num - 15 * m.den;
          return qualifier === '多于' ? diff > 0 : diff >= 0;
        };
        expect(meets(minimum)).toBe(true);
        expect(meets(minimum - 1)).toBe(false);
      }
    }
  });
});

describe('measuring a number of candidates against the rule', () => {
  it('the handbook’s 80 candidates for 69 seats are more than 15%, and 79 are not', () => {
    expect(calculateMargin(marginPreset).check).toMatchObject({ extra: 11, meets: true, note: '差额比例约为15.94%，多于15%，符合要求。' });
    expect(calculateMargin({ ...marginPreset, candidates: 79 }).check).toMatchObject({
      meets: false,
      note: '差额比例约为14.49%，少于15%，不符合要求；至少需要80名候选人。',
    });
  });

  it('a margin of exactly 15% is not 多于15% but is 不少于15%', () => {
    const exact = { seats: 20, margin: fraction(15), candidates: 23 };
    expect(calculateMargin({ ...exact, qualifier: '多于' }).check).toMatchObject({
      meets: false,
      note: '差额比例为15%，等于15%，没有多于15%，不符合要求；至少需要24名候选人。',
    });
    expect(calculateMargin({ ...exact, qualifier: '不少于' }).check).toMatchObject({ meets: true, note: '差额比例为15%，不少于15%，符合要求。' });
  });

  it('agrees with the least number of candidates for every count around it', () => {
    for (const seats of [1, 20, 69]) {
      for (const qualifier of ['多于', '不少于'] as const) {
        const { working } = calculateMargin({ seats, margin: fraction(15), qualifier });
        for (let candidates = seats; candidates <= working.minimum + 2; candidates++) {
          expect(calculateMargin({ seats, margin: fraction(15), qualifier, candidates }).check?.meets).toBe(candidates >= working.minimum);
        }
      }
    }
  });

  it('gives only the working when no number of candidates is given', () => {
    expect(calculateMargin({ seats: 69, margin: fraction(15), qualifier: '多于' })).toEqual({
      working: minimumCandidates(69, fraction(15), '多于'),
    });
  });
});

describe('reading the margin calculator’s form', () => {
  const draft = (fields: Partial<MarginDraft>): MarginDraft => ({ seats: '', margin: '', qualifier: '多于', candidates: '', ...fields });

  it('reads seats, margin and choice, the candidates being optional', () => {
    expect(readMarginDraft(draft({ seats: '69', margin: '15' }))).toEqual({
      ok: true,
      value: { seats: 69, margin: fraction(15), qualifier: '多于' },
    });
    expect(readMarginDraft(draft({ seats: '69', margin: '12.5', qualifier: '不少于', candidates: '８０' }))).toEqual({
      ok: true,
      value: { seats: 69, margin: fraction(25, 2), qualifier: '不少于', candidates: 80 },
    });
  });

  it('asks for seats and margin', () => {
    expect(readMarginDraft(draft({}))).toEqual({ ok: false, errors: { seats: '请填写应选人数。', margin: '请填写差额比例。' } });
  });

  it('refuses no seats, and fewer candidates than seats', () => {
    expect(readMarginDraft(draft({ seats: '0', margin: '15' }))).toEqual({ ok: false, errors: { seats: '应选人数至少为1。' } });
    expect(readMarginDraft(draft({ seats: '69', margin: '15', candidates: '68' }))).toEqual({
      ok: false,
      errors: { candidates: '候选人数不能少于应选人数。' },
    });
  });

  it('shows the preset in the form and reads it back unchanged', () => {
    expect(marginDraft(marginPreset)).toEqual({ seats: '69', margin: '15', qualifier: '多于', candidates: '80' });
    expect(readMarginDraft(marginDraft(marginPreset))).toEqual({ ok: true, value: marginPreset });
  });
});
