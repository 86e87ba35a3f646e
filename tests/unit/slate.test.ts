import { describe, expect, it } from 'vitest';
import { fraction } from '../../src/lib/widgets/fraction';
import type { Measure } from '../../src/lib/widgets/rules';
import {
  checkSlate,
  readSlateDraft,
  slateDraft,
  slatePresets,
  type SlateCheck,
  type SlateCounts,
  type SlateDraft,
} from '../../src/lib/widgets/slate';
import { expectQuoted } from '../helpers/citations';

const central = (counts: SlateCounts, measure: Measure): SlateCheck =>
  checkSlate(counts).find((c) => c.source === 'central' && c.measure === measure)!;
const minimum = (counts: SlateCounts, measure: Measure): SlateCheck | undefined =>
  checkSlate(counts).find((c) => c.source === 'candidateList' && c.measure === measure);
const verdict = (counts: SlateCounts, measure: Measure) => central(counts, measure).verdict;

describe('leading cadres: generally not more than two thirds', () => {
  it('45 and 46 of 69 meet it, 47 does not', () => {
    expect(verdict({ size: 69, leaders: 45 }, 'leaders')).toBe('met');
    expect(verdict({ size: 69, leaders: 46 }, 'leaders')).toBe('met');
    expect(verdict({ size: 69, leaders: 47 }, 'leaders')).toBe('notMet');
  });

  it('says when the count is exactly two thirds, and the most a list of this size may have', () => {
    const at = central({ size: 69, leaders: 46 }, 'leaders');
    expect(at.note).toBe('46名，约占66.7%，恰好是三分之二，未超过三分之二。');
    expect(at.limit).toEqual({ bound: 'atMost', count: 46 });
    expect(central({ size: 69, leaders: 47 }, 'leaders').note).toBe('47名，约占68.1%，超过了三分之二；69名的名单中至多46名。');
  });
});

describe('front-line members: generally not less than one third', () => {
  it('22 of 69 does not meet it, 23 and 24 do', () => {
    expect(verdict({ size: 69, frontline: 22 }, 'frontline')).toBe('notMet');
    expect(verdict({ size: 69, frontline: 23 }, 'frontline')).toBe('met');
    expect(verdict({ size: 69, frontline: 24 }, 'frontline')).toBe('met');
  });

  it('tells a list that falls short how many it needs', () => {
    expect(central({ size: 69, frontline: 22 }, 'frontline').note).toBe('22名，约占31.9%，少于三分之一；69名的名单中至少需23名。');
    expect(central({ size: 69, frontline: 23 }, 'frontline').note).toBe('23名，约占33.3%，恰好是三分之一，不少于三分之一。');
  });
});

describe('under-55s: generally not less than 50%', () => {
  it('on an even size, exactly half meets it and one fewer does not', () => {
    expect(verdict({ size: 90, under55: 45 }, 'under55')).toBe('met');
    expect(verdict({ size: 90, under55: 44 }, 'under55')).toBe('notMet');
  });

  it('on an odd size, 34 of 69 falls short and 35 meets it', () => {
    expect(verdict({ size: 69, under55: 34 }, 'under55')).toBe('notMet');
    expect(verdict({ size: 69, under55: 35 }, 'under55')).toBe('met');
    expect(central({ size: 69, under55: 34 }, 'under55').limit).toEqual({ bound: 'atLeast', count: 35 });
  });

  it('prints an exact half without rounding', () => {
    expect(central({ size: 90, under55: 45 }, 'under55').note).toBe('45名，占50%，恰好是50%，不少于50%。');
  });
});

describe('women: generally above their share of the local membership', () => {
  it('cannot be judged without the local share', () => {
    const check = central({ size: 69, women: 30 }, 'women');
    expect(check.verdict).toBe('cannotJudge');
    expect(check.note).toBe('未填写本地区党员总数中女党员所占比例，无法判断。');
  });

  it('a share equal to the local share is not above it', () => {
    const check = central({ size: 10, women: 3, localWomenShare: fraction(30) }, 'women');
    expect(check.verdict).toBe('notMet');
    expect(check.note).toBe('3名，占30%，与本地区的30%相等，没有高于；10名的名单中至少需4名。');
  });

  it('one more woman than the equal share is above it', () => {
    expect(verdict({ size: 10, women: 4, localWomenShare: fraction(30) }, 'women')).toBe('met');
  });

  it('compares exactly with a decimal local share', () => {
    // 21 of 69 is 30.43…%: above 30.43%, below 30.44%.
    expect(verdict({ size: 69, women: 21, localWomenShare: fraction(3043, 100) }, 'women')).toBe('met');
    expect(verdict({ size: 69, women: 21, localWomenShare: fraction(3044, 100) }, 'women')).toBe('notMet');
    expect(central({ size: 69, women: 20, localWomenShare: fraction(3043, 100) }, 'women').limit).toEqual({ bound: 'atLeast', count: 21 });
  });

  it('says when no count can be above a local share of 100%', () => {
    expect(central({ size: 10, women: 10, localWomenShare: fraction(100) }, 'women').note).toBe(
      '10名，占100%，与本地区的100%相等，没有高于；10名的名单无法达到。',
    );
  });
});

describe('ethnic minorities: 应有一定数量', () => {
  it('is not met by a list with none', () => {
    expect(verdict({ size: 69, minority: 0 }, 'minority')).toBe('notMet');
  });

  it('cannot be judged for any other count, since the handbook sets no number', () => {
    expect(verdict({ size: 69, minority: 3 }, 'minority')).toBe('cannotJudge');
  });
});

describe('every check', () => {
  it('carries the handbook’s sentence and the paragraph to link', () => {
    const all = checkSlate({ size: 90, leaders: 51, frontline: 39, women: 27, under55: 45, minority: 2 });
    expect(all).toHaveLength(8);
    for (const check of all) {
      expectQuoted(check);
      expect(check.quote).toBe(`${check.subject}${check.requirement}`);
    }
  });

  it('a count left blank cannot be judged and says so', () => {
    const check = central({ size: 69 }, 'leaders');
    expect(check.verdict).toBe('cannotJudge');
    expect(check.note).toBe('未填写党员领导干部人数，无法判断。');
  });
});

describe('the minimums of the 90-candidate list', () => {
  it('are checked only on a list of 90', () => {
    expect(minimum({ size: 69, under55: 45 }, 'under55')).toBeUndefined();
    expect(minimum({ size: 90, under55: 45 }, 'under55')?.verdict).toBe('met');
  });

  it('44 under 55, 26 women or 1 minority member fall short; the handbook’s own numbers meet them', () => {
    const short = { size: 90, under55: 44, women: 26, minority: 1 };
    expect(minimum(short, 'under55')?.verdict).toBe('notMet');
    expect(minimum(short, 'women')?.note).toBe('26名，少于27名，还差1名。');
    expect(minimum(short, 'minority')?.verdict).toBe('notMet');
    const enough = { size: 90, under55: 45, women: 27, minority: 2 };
    expect(['under55', 'women', 'minority'].map((m) => minimum(enough, m as Measure)?.verdict)).toEqual(['met', 'met', 'met']);
  });
});

describe('presets', () => {
  const preset = (id: string) => slatePresets.find((p) => p.id === id)!.counts;

  it('the handbook’s 90-candidate list meets every rule it can be judged by', () => {
    const checks = checkSlate(preset('candidates90'));
    expect(checks.filter((c) => c.verdict === 'notMet')).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'cannotJudge').map((c) => c.measure)).toEqual(['women', 'minority']);
  });

  it('the 69-delegate list sits exactly on the boundaries 46, 23 and 35', () => {
    expect(preset('delegates69')).toEqual({ size: 69, leaders: 46, frontline: 23, under55: 35 });
    const checks = checkSlate(preset('delegates69'));
    expect(['leaders', 'frontline', 'under55'].map((m) => checks.find((c) => c.measure === m)?.verdict)).toEqual(['met', 'met', 'met']);
  });
});

describe('reading the checker’s form', () => {
  const draft = (fields: Partial<SlateDraft>): SlateDraft => ({
    size: '',
    leaders: '',
    frontline: '',
    women: '',
    under55: '',
    minority: '',
    localWomenShare: '',
    ...fields,
  });

  it('reads a filled form, full-width digits and a decimal local share included', () => {
    expect(readSlateDraft(draft({ size: '６９', leaders: '46', women: '21', localWomenShare: '30.5' }))).toEqual({
      ok: true,
      value: { size: 69, leaders: 46, women: 21, localWomenShare: fraction(61, 2) },
    });
  });

  it('asks for the size, the one required field', () => {
    expect(readSlateDraft(draft({ leaders: '46' }))).toEqual({ ok: false, errors: { size: '请填写名单总人数。' } });
  });

  it('refuses a part larger than the whole', () => {
    expect(readSlateDraft(draft({ size: '69', women: '70' }))).toEqual({
      ok: false,
      errors: { women: '女党员人数不能多于名单总人数。' },
    });
  });

  it('refuses leading cadres and front-line members that together outnumber the list', () => {
    expect(readSlateDraft(draft({ size: '69', leaders: '46', frontline: '24' }))).toEqual({
      ok: false,
      errors: { frontline: '党员领导干部人数与生产和工作第一线党员人数之和不能多于名单总人数。' },
    });
  });

  it('gives each bad field its own message', () => {
    const read = readSlateDraft(draft({ size: '69', leaders: 'abc', under55: '-1', localWomenShare: '120' }));
    expect(read).toEqual({
      ok: false,
      errors: {
        leaders: '党员领导干部人数只能填写数字。',
        under55: '55岁以下党员人数不能是负数。',
        localWomenShare: '本地区党员总数中女党员所占比例不能超过100%。',
      },
    });
  });

  it('shows a preset in the form and reads it back unchanged', () => {
    for (const { counts } of slatePresets) expect(readSlateDraft(slateDraft(counts))).toEqual({ ok: true, value: counts });
  });
});
