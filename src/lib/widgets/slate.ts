/**
 * The slate checker (结构测算): a list's size and its counts of each kind, judged against every rule that applies,
 * each as met, not met or cannot judge, with the handbook's sentence to quote and link. All comparisons are exact.
 */
import { figures, type Citation } from '../figures';
import { isBlank, parseCount, parsePercent, type FormResult } from './field-input';
import { compare, floor, fraction, percent, times, toDecimal, type Decimal, type Fraction } from './fraction';
import {
  candidateListSize,
  candidateMinimums,
  countLimit,
  structureRules,
  type ListMinimum,
  type Measure,
  type StructureRule,
} from './rules';

/** A list to check: its size, the counts the reader filled in, and optionally the local share of women members. */
export interface SlateCounts {
  readonly size: number;
  readonly leaders?: number;
  readonly frontline?: number;
  readonly women?: number;
  readonly under55?: number;
  readonly minority?: number;
  /** 本地区党员总数中女党员所占比例, in percent (30 or 30.5): needed to judge the women rule. */
  readonly localWomenShare?: Fraction;
}

/** A field of the checker's form. */
export type SlateField = keyof SlateCounts & string;

/** What the reader typed into each field of the checker. */
export type SlateDraft = Record<SlateField, string>;

/** Each field's label, in form order; the labels also name the fields in error messages. */
export const slateLabels: Readonly<Record<SlateField, string>> = {
  size: '名单总人数',
  leaders: '党员领导干部人数',
  frontline: '生产和工作第一线党员人数',
  women: '女党员人数',
  under55: '55岁以下党员人数',
  minority: '少数民族党员人数',
  localWomenShare: '本地区党员总数中女党员所占比例',
};

/** The fields in form order. */
export const slateFields = Object.keys(slateLabels) as SlateField[];

const measures = Object.keys(structureRules) as Measure[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads the checker's form: the size is required, each count and the local share may be left blank. */
export function readSlateDraft(draft: SlateDraft): FormResult<SlateCounts, SlateField> {
  const errors: Partial<Record<SlateField, string>> = {};
  const size = parseCount(draft.size, slateLabels.size, 1);
  if (!size.ok) errors.size = size.message;
  const counts: Mutable<SlateCounts> = { size: size.ok ? size.value : 0 };
  for (const measure of measures) {
    if (isBlank(draft[measure])) continue;
    const count = parseCount(draft[measure], slateLabels[measure]);
    if (!count.ok) errors[measure] = count.message;
    else if (size.ok && count.value > size.value) errors[measure] = `${slateLabels[measure]}不能多于${slateLabels.size}。`;
    else counts[measure] = count.value;
  }
  // Each person counts under one identity (#identity-text: 具有多重身份的，按工作性质主次和代表性认定), so the two kinds cannot overlap.
  if (size.ok && counts.leaders !== undefined && counts.frontline !== undefined && counts.leaders + counts.frontline > size.value) {
    errors.frontline = `${slateLabels.leaders}与${slateLabels.frontline}之和不能多于${slateLabels.size}。`;
  }
  if (!isBlank(draft.localWomenShare)) {
    const share = parsePercent(draft.localWomenShare, slateLabels.localWomenShare);
    if (share.ok) counts.localWomenShare = share.value;
    else errors.localWomenShare = share.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: counts };
}

/** The form as it shows a list (blank where a count is not given): for presets and shared links. */
export function slateDraft(counts: SlateCounts): SlateDraft {
  const text = (n: number | undefined): string => (n === undefined ? '' : String(n));
  return {
    size: String(counts.size),
    leaders: text(counts.leaders),
    frontline: text(counts.frontline),
    women: text(counts.women),
    under55: text(counts.under55),
    minority: text(counts.minority),
    localWomenShare: counts.localWomenShare === undefined ? '' : toDecimal(counts.localWomenShare, 2).text,
  };
}

/** A rule's outcome for a list. */
export type Outcome = 'met' | 'notMet' | 'cannotJudge';

/** One rule judged for one list: what the UI shows as a row, with the quote and the anchor to link. */
export interface SlateCheck extends Citation {
  /** Whose rule: the central committee's structure rules, or the province's minimums for its 90 candidates. */
  readonly source: 'central' | 'candidateList';
  readonly measure: Measure;
  /** What is bounded, in the handbook's words: 党员领导干部所占比例, 55岁以下党员. */
  readonly subject: string;
  /** The bound, in the handbook's words: 一般不超过三分之二, 不少于45名. */
  readonly requirement: string;
  readonly verdict: Outcome;
  /** The list's count of this kind, if filled in. */
  readonly count?: number;
  /** That count's share of the list, in percent (rounded to one decimal; exact says whether it is rounded). */
  readonly share?: Decimal;
  /** The whole-number bound the rule sets for a list of this size: at most 46 of 69, at least 23 of 69. */
  readonly limit?: { readonly bound: 'atMost' | 'atLeast'; readonly count: number };
  /** One sentence on why, in Chinese: 46名，约占66.7%，恰好是三分之二，未超过三分之二。 */
  readonly note: string;
}

const cited = ({ quote, part, anchor }: Citation): Citation => ({ quote, part, anchor });

/** "…至少需24名", or that no count of this list can get there. */
const needAtLeast = (limit: number, size: number): string =>
  limit > size ? `${size}名的名单无法达到` : `${size}名的名单中至少需${limit}名`;

function judgeRule(rule: StructureRule, counts: SlateCounts): SlateCheck {
  const base = { ...cited(rule), source: 'central', measure: rule.measure, subject: rule.subject, requirement: rule.requirement } as const;
  const { size } = counts;
  const count = counts[rule.measure];
  if (count === undefined) return { ...base, verdict: 'cannotJudge', note: `未填写${slateLabels[rule.measure]}，无法判断。` };
  const shareOfList = fraction(count, size);
  const share = percent(shareOfList);
  const has = `${count}名，${share.exact ? '占' : '约占'}${share.text}%`;
  const test = rule.test;
  switch (test.kind) {
    case 'shareAtMost': {
      const limit = { bound: 'atMost', count: countLimit(test, size) } as const;
      const c = compare(shareOfList, test.share);
      const name = test.shareName;
      if (c > 0) return { ...base, verdict: 'notMet', count, share, limit, note: `${has}，超过了${name}；${size}名的名单中至多${limit.count}名。` };
      return { ...base, verdict: 'met', count, share, limit, note: `${has}，${c === 0 ? `恰好是${name}，` : ''}未超过${name}。` };
    }
    case 'shareAtLeast': {
      const limit = { bound: 'atLeast', count: countLimit(test, size) } as const;
      const c = compare(shareOfList, test.share);
      const name = test.shareName;
      if (c < 0) return { ...base, verdict: 'notMet', count, share, limit, note: `${has}，少于${name}；${needAtLeast(limit.count, size)}。` };
      return { ...base, verdict: 'met', count, share, limit, note: `${has}，${c === 0 ? `恰好是${name}，` : ''}不少于${name}。` };
    }
    case 'aboveLocalShare': {
      const local = counts.localWomenShare;
      if (local === undefined) {
        return { ...base, verdict: 'cannotJudge', count, share, note: `未填写${slateLabels.localWomenShare}，无法判断。` };
      }
      const localShare = times(local, fraction(1, 100));
      // Strictly above: the least count whose share exceeds the local share.
      const limit = { bound: 'atLeast', count: floor(times(fraction(size), localShare)) + 1 } as const;
      const localText = `本地区的${toDecimal(local, 2).text}%`;
      const c = compare(shareOfList, localShare);
      if (c > 0) return { ...base, verdict: 'met', count, share, limit, note: `${has}，高于${localText}。` };
      const how = c === 0 ? `与${localText}相等，没有高于` : `低于${localText}`;
      return { ...base, verdict: 'notMet', count, share, limit, note: `${has}，${how}；${needAtLeast(limit.count, size)}。` };
    }
    case 'some':
      // The handbook sets no number for 一定数量: none is clearly short of it, any other count cannot be judged.
      if (count === 0) return { ...base, verdict: 'notMet', count, share, note: `名单中没有${rule.subject}，不符合“${rule.requirement}”。` };
      return { ...base, verdict: 'cannotJudge', count, share, note: `${count}名；手册没有规定“一定数量”是多少，无法据此判断。` };
  }
}

function judgeMinimum({ measure, figure }: ListMinimum, counts: SlateCounts): SlateCheck {
  const least = figure.value;
  const base = { ...cited(figure), source: 'candidateList', measure, subject: figure.label, requirement: `不少于${least}名` } as const;
  const count = counts[measure];
  if (count === undefined) return { ...base, verdict: 'cannotJudge', note: `未填写${slateLabels[measure]}，无法判断。` };
  const limit = { bound: 'atLeast', count: least } as const;
  if (count < least) return { ...base, verdict: 'notMet', count, limit, note: `${count}名，少于${least}名，还差${least - count}名。` };
  return { ...base, verdict: 'met', count, limit, note: `${count}名，不少于${least}名。` };
}

/**
 * Every rule that applies to the list: the central structure rules always, and the province's minimums when the
 * list has the size of its recommended-candidate list (90).
 */
export function checkSlate(counts: SlateCounts): SlateCheck[] {
  const central = Object.values(structureRules).map((rule) => judgeRule(rule, counts));
  const minimums = counts.size === candidateListSize ? candidateMinimums.map((m) => judgeMinimum(m, counts)) : [];
  return [...central, ...minimums];
}

/** A ready-made list the reader can load into the checker. */
export interface SlatePreset {
  readonly id: 'candidates90' | 'delegates69';
  readonly label: string;
  /** Where the numbers come from, for the reader. */
  readonly note: string;
  readonly counts: SlateCounts;
}

const delegates = figures.provincialDelegates.value;

/** The handbook's 90 recommended candidates, and the boundary case of 69 delegates. */
export const slatePresets: readonly SlatePreset[] = [
  {
    id: 'candidates90',
    label: '手册中的90名代表候选人推荐人选',
    note: '党员领导干部51名、生产和工作第一线的党员39名；55岁以下、女党员、少数民族党员按手册规定的最少人数填写。',
    counts: {
      size: candidateListSize,
      leaders: figures.leadingCadres.value,
      frontline: figures.frontlineMembers.value,
      women: figures.womenMin.value,
      under55: figures.under55Min.value,
      minority: figures.minorityMin.value,
    },
  },
  {
    id: 'delegates69',
    label: '69名代表的边界情形',
    note: '由党中央的比例规定推算：69名的三分之二是46名，三分之一是23名，50%是34.5名即至少35名。手册没有给出女党员和少数民族代表的人数，这两项留空。',
    // Not the province's actual delegates (the handbook does not give their make-up): each count is the bound the
    // rule itself sets for 69, i.e. 46 = ⌊69 × 2/3⌋, 23 = ⌈69 × 1/3⌉, 35 = ⌈69 × 50%⌉. Women and minorities are left blank.
    counts: {
      size: delegates,
      leaders: countLimit(structureRules.leaders.test, delegates),
      frontline: countLimit(structureRules.frontline.test, delegates),
      under55: countLimit(structureRules.under55.test, delegates),
    },
  },
];
