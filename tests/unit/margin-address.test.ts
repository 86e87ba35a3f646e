import { describe, expect, it } from 'vitest';
import { fraction } from '../../src/lib/widgets/fraction';
import { marginPreset, readMarginDraft } from '../../src/lib/widgets/margin';
import { marginDraftQuery, marginQuery, readMarginQuery } from '../../src/lib/widgets/margin-address';

describe('the margin calculator in the address', () => {
  it('writes the handbook’s election as seats, margin, bound and candidates', () => {
    expect(marginQuery(marginPreset)).toBe('?seats=69&margin=15&bound=more&candidates=80');
    expect(marginQuery({ seats: 69, margin: fraction(25, 2), qualifier: '不少于' })).toBe('?seats=69&margin=12.5&bound=atleast');
  });

  it('reads back what it wrote', () => {
    for (const input of [marginPreset, { seats: 7, margin: fraction(25, 2), qualifier: '不少于' as const }]) {
      const { draft, errors } = readMarginQuery(marginQuery(input));
      expect(errors).toEqual({});
      expect(readMarginDraft(draft)).toEqual({ ok: true, value: input });
    }
  });

  it('keeps a form with a slip as typed', () => {
    const typed = { seats: '69', margin: 'abc', qualifier: '不少于' as const, candidates: '' };
    expect(marginDraftQuery(typed)).toBe('?seats=69&margin=abc&bound=atleast');
    expect(readMarginQuery(marginDraftQuery(typed)).draft).toEqual(typed);
  });

  it('falls back to the handbook’s 多于 when the bound is missing, and flags an unknown one', () => {
    expect(readMarginQuery('?seats=69&margin=15').draft.qualifier).toBe('多于');
    const odd = readMarginQuery('?seats=69&margin=15&bound=toString');
    expect(odd.draft.qualifier).toBe('多于');
    expect(odd.errors).toEqual({ qualifier: '差额比例的要求只能是“多于”或“不少于”。' });
  });

  it('turns bad values into field errors and ignores unknown keys', () => {
    expect(readMarginQuery('?seats=69.5&margin=abc&candidates=60&x=1').errors).toEqual({
      seats: '应选人数应为整数，不能有小数。',
      margin: '差额比例只能填写数字，如 15 或 12.5。',
    });
    expect(readMarginQuery('?seats=69&margin=15&candidates=60').errors).toEqual({ candidates: '候选人数不能少于应选人数。' });
  });
});
