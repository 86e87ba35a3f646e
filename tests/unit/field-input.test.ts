import { describe, expect, it } from 'vitest';
import { MAX_COUNT, isBlank, parseCount, parsePercent } from '../../src/lib/widgets/field-input';
import { fraction } from '../../src/lib/widgets/fraction';

const label = '女党员人数';

describe('reading a count a reader typed', () => {
  it('accepts a whole number, with spaces around it or leading zeros', () => {
    expect(parseCount('27', label)).toEqual({ ok: true, value: 27 });
    expect(parseCount('  069 ', label)).toEqual({ ok: true, value: 69 });
    expect(parseCount('0', label)).toEqual({ ok: true, value: 0 });
  });

  it('accepts full-width digits as a Chinese input method types them', () => {
    expect(parseCount('６９', label)).toEqual({ ok: true, value: 69 });
    expect(parseCount('\u3000２７\u3000', label)).toEqual({ ok: true, value: 27 });
  });

  it('asks for a value when the field is empty or only spaces', () => {
    expect(parseCount('', label)).toEqual({ ok: false, message: '请填写女党员人数。' });
    expect(parseCount(' \u3000', label)).toEqual({ ok: false, message: '请填写女党员人数。' });
  });

  it('refuses negative numbers, typed in either width', () => {
    expect(parseCount('-3', label)).toEqual({ ok: false, message: '女党员人数不能是负数。' });
    expect(parseCount('－３', label)).toEqual({ ok: false, message: '女党员人数不能是负数。' });
  });

  it('refuses decimals, since people come whole', () => {
    for (const raw of ['27.5', '27.', '.5', '２７．５']) {
      expect(parseCount(raw, label)).toEqual({ ok: false, message: '女党员人数应为整数，不能有小数。' });
    }
  });

  it('refuses letters and other signs', () => {
    for (const raw of ['abc', '27名', '2 7', '1e3', '+5', '0x1A', '二十七']) {
      expect(parseCount(raw, label)).toEqual({ ok: false, message: '女党员人数只能填写数字。' });
    }
  });

  it('refuses absurdly large numbers and says what the limit is', () => {
    expect(parseCount(String(MAX_COUNT), label)).toEqual({ ok: true, value: 100000 });
    expect(parseCount('100001', label)).toEqual({ ok: false, message: '女党员人数不能超过100000，这是本测算允许的上限。' });
    expect(parseCount('9'.repeat(400), label).ok).toBe(false);
  });

  it('refuses a number below the field’s least value', () => {
    expect(parseCount('0', '名单总人数', 1)).toEqual({ ok: false, message: '名单总人数至少为1。' });
  });
});

describe('reading a percent a reader typed', () => {
  const margin = '差额比例';

  it('reads whole and decimal percents exactly, with or without a percent sign', () => {
    expect(parsePercent('15', margin)).toEqual({ ok: true, value: fraction(15) });
    expect(parsePercent('12.5', margin)).toEqual({ ok: true, value: fraction(25, 2) });
    expect(parsePercent('15%', margin)).toEqual({ ok: true, value: fraction(15) });
    expect(parsePercent('１２．５％', margin)).toEqual({ ok: true, value: fraction(25, 2) });
    expect(parsePercent('0.01', margin)).toEqual({ ok: true, value: fraction(1, 100) });
  });

  it('explains each kind of bad percent', () => {
    expect(parsePercent('', margin)).toEqual({ ok: false, message: '请填写差额比例。' });
    expect(parsePercent('%', margin)).toEqual({ ok: false, message: '请填写差额比例。' });
    expect(parsePercent('-15', margin)).toEqual({ ok: false, message: '差额比例不能是负数。' });
    expect(parsePercent('十五', margin)).toEqual({ ok: false, message: '差额比例只能填写数字，如 15 或 12.5。' });
    expect(parsePercent('12.345', margin)).toEqual({ ok: false, message: '差额比例最多保留两位小数。' });
    expect(parsePercent('100.01', margin)).toEqual({ ok: false, message: '差额比例不能超过100%。' });
    expect(parsePercent('9'.repeat(400), margin)).toEqual({ ok: false, message: '差额比例不能超过100%。' });
  });

  it('accepts 100% exactly', () => {
    expect(parsePercent('100', margin)).toEqual({ ok: true, value: fraction(100) });
  });
});

describe('blank fields', () => {
  it('count ordinary and full-width spaces as blank', () => {
    expect(isBlank(' \u3000 ')).toBe(true);
    expect(isBlank(' 0 ')).toBe(false);
  });
});
