import { describe, expect, it } from 'vitest';
import { fraction } from '../../src/lib/widgets/fraction';
import { readSlateDraft, slatePresets, type SlateCounts } from '../../src/lib/widgets/slate';
import { readSlateQuery, slateDraftQuery, slateQuery } from '../../src/lib/widgets/slate-address';

describe('the slate checker in the address', () => {
  it('writes only the fields that are filled, in form order', () => {
    expect(slateQuery({ size: 69, leaders: 46, frontline: 23, under55: 35 })).toBe('?size=69&leaders=46&frontline=23&under55=35');
    expect(slateQuery({ size: 69, women: 21, localWomenShare: fraction(61, 2) })).toBe('?size=69&women=21&localWomenShare=30.5');
  });

  it('reads back every preset and a list with a local share unchanged', () => {
    const lists: SlateCounts[] = [...slatePresets.map((p) => p.counts), { size: 10, women: 4, localWomenShare: fraction(3043, 100) }];
    for (const counts of lists) {
      const { draft, errors } = readSlateQuery(slateQuery(counts));
      expect(errors).toEqual({});
      expect(readSlateDraft(draft)).toEqual({ ok: true, value: counts });
    }
  });

  it('opens a blank form without errors for an address with no query', () => {
    for (const query of ['', '?', '?utm_source=wechat']) {
      const { draft, errors } = readSlateQuery(query);
      expect(errors).toEqual({});
      expect(Object.values(draft).every((v) => v === '')).toBe(true);
    }
  });

  it('turns bad values into field errors and keeps what was typed', () => {
    const { draft, errors } = readSlateQuery('?size=69&leaders=abc&women=70&minority=-2&localWomenShare=120&foo=bar');
    expect(draft.leaders).toBe('abc');
    expect(errors).toEqual({
      leaders: '党员领导干部人数只能填写数字。',
      women: '女党员人数不能多于名单总人数。',
      minority: '少数民族党员人数不能是负数。',
      localWomenShare: '本地区党员总数中女党员所占比例不能超过100%。',
    });
  });

  it('keeps a form with a slip as typed, so the address shows the reader the same form and message again', () => {
    const typed = { size: '69', leaders: '4.5', frontline: '', women: '', under55: '', minority: '', localWomenShare: '' };
    expect(slateDraftQuery(typed)).toBe('?size=69&leaders=4.5');
    const { draft, errors } = readSlateQuery(slateDraftQuery(typed));
    expect(draft).toEqual(typed);
    expect(errors).toEqual({ leaders: '党员领导干部人数应为整数，不能有小数。' });
  });

  it('reports a missing size only when the query gave it empty', () => {
    expect(readSlateQuery('?leaders=46').errors).toEqual({});
    expect(readSlateQuery('?size=&leaders=46').errors).toEqual({ size: '请填写名单总人数。' });
  });

  it('never throws on garbage', () => {
    for (const query of ['?size=%E0%A4%A', '?%%%=&&==', '?size=1e400', `?size=${'9'.repeat(5000)}`, '?size=６９&size=70', '#size=69']) {
      expect(() => readSlateQuery(query)).not.toThrow();
    }
    expect(readSlateQuery('?size=６９&size=70').draft.size).toBe('６９');
    expect(readSlateQuery('?size=1e400').errors).toEqual({ size: '名单总人数只能填写数字。' });
  });
});
