/**
 * Every figure the site shows, each with the handbook's own words for it and the paragraph that states it.
 * tests/unit/figures.test.ts checks that each cited paragraph contains the quote and the quote contains the value,
 * so a figure cannot drift from the text. Shares are computed from counts (see share()), never typed.
 */
import { fraction, percent } from './widgets/fraction';

/** The handbook's own words for something, verbatim (after the recorded errata), and where they stand. */
export interface Citation {
  /** The words, verbatim; whitespace aside, the cited paragraph contains them. */
  readonly quote: string;
  /** The part page (file name under content/handbook). */
  readonly part: string;
  /** The id of the paragraph or heading that contains the quote. */
  readonly anchor: string;
}

/** How the handbook bounds a number: 多于 is strictly more than, 不少于 is at least. */
export type Qualifier = '多于' | '不少于';

/** A number the handbook states, with its words and where they stand. */
export interface Figure extends Citation {
  /** The number itself. */
  readonly value: number;
  /** The unit the handbook attaches: 名, 个, %, 个工作日. */
  readonly unit: string;
  /** 多于 (strictly more than) or 不少于 (at least), where the handbook bounds the number rather than fixing it. */
  readonly qualifier?: Qualifier;
  /** What the number counts, in the reader's words. */
  readonly label: string;
}

const figure = (f: Figure): Figure => f;

export const figures = {
  nationalDelegates: figure({ value: 2300, unit: '名', label: '党的二十大代表名额', quote: '党的二十大代表名额共2300名', part: 'quotas', anchor: 'quota-and-structure' }),
  provincialDelegates: figure({ value: 69, unit: '名', label: '分配我省的代表名额', quote: '分配我省出席党的二十大代表名额69名', part: 'quotas', anchor: 'quota-and-structure' }),
  under55ShareMinPercent: figure({ value: 50, unit: '%', qualifier: '不少于', label: '55岁以下代表所占比例（一般）', quote: '55岁以下的代表所占比例一般不少于50%', part: 'quotas', anchor: 'quota-and-structure' }),
  candidates: figure({ value: 90, unit: '名', label: '我省代表候选人推荐人选名额', quote: '推荐人选名额为90名', part: 'quotas', anchor: 'candidate-quota' }),
  leadingCadres: figure({ value: 51, unit: '名', label: '其中各级党员领导干部', quote: '各级党员领导干部为51名', part: 'quotas', anchor: 'candidate-quota' }),
  frontlineMembers: figure({ value: 39, unit: '名', label: '其中生产和工作第一线的党员', quote: '生产和工作第一线的党员为39名', part: 'quotas', anchor: 'candidate-quota' }),
  under55Min: figure({ value: 45, unit: '名', qualifier: '不少于', label: '55岁以下党员', quote: '55岁以下党员不少于45名', part: 'quotas', anchor: 'candidate-quota' }),
  womenMin: figure({ value: 27, unit: '名', qualifier: '不少于', label: '女党员', quote: '女党员不少于27名', part: 'quotas', anchor: 'candidate-quota' }),
  minorityMin: figure({ value: 2, unit: '名', qualifier: '不少于', label: '少数民族党员', quote: '少数民族党员不少于2名', part: 'quotas', anchor: 'candidate-quota' }),
  recommendationUnits: figure({ value: 17, unit: '个', label: '全省推荐单位', quote: '全省共划分为17个推荐单位', part: 'quotas', anchor: 'recommendation-units' }),
  cityUnits: figure({ value: 13, unit: '个', label: '设区市推荐单位', quote: '13个设区市', part: 'quotas', anchor: 'recommendation-units' }),
  inspectionCandidates: figure({ value: 90, unit: '名', label: '代表候选人初步人选考察对象', quote: '提出90名代表候选人初步人选考察对象名单', part: 'procedure', anchor: 'step-1-selection' }),
  preliminaryMin: figure({ value: 80, unit: '名', qualifier: '不少于', label: '代表候选人初步人选', quote: '研究提出不少于80名代表候选人初步人选', part: 'procedure', anchor: 'step-3-preliminary' }),
  publicityDays: figure({ value: 5, unit: '个工作日', label: '初步人选公示时间', quote: '公示时间为5个工作日', part: 'procedure', anchor: 'step-3-preliminary' }),
  prepared: figure({ value: 80, unit: '名', label: '代表候选人预备人选', quote: '投票确定80名代表候选人预备人选', part: 'procedure', anchor: 'step-4-prepared' }),
  marginPercent: figure({ value: 15, unit: '%', qualifier: '多于', label: '会议选举的差额比例', quote: '按多于15%的差额比例', part: 'procedure', anchor: 'step-5-election' }),
  electedDelegates: figure({ value: 69, unit: '名', label: '选举产生的我省出席党的二十大代表', quote: '69名我省出席党的二十大代表', part: 'procedure', anchor: 'step-5-election' }),
} as const;

export type FigureKey = keyof typeof figures;

/** The figures the home page shows at a glance, in reading order. */
export const keyFigures: readonly FigureKey[] = [
  'nationalDelegates',
  'provincialDelegates',
  'candidates',
  'prepared',
  'recommendationUnits',
  'marginPercent',
];

/** A figure as the handbook says it, with its bound and unit: 不少于80名, 69名. */
export const amount = (f: Figure): string => `${f.qualifier ?? ''}${f.value}${f.unit}`;

/** A count's share of a whole in percent, rounded to one decimal as the handbook prints it: share(51, 90) is '56.7'. */
export const share = (count: number, whole: number): string => percent(fraction(count, whole)).text;
