/**
 * The five steps of part 六 by which the province's delegates are produced, as data: who acts, what happens, the
 * number each step yields and the safeguards at it, every item in the handbook's words with the paragraph to link.
 */
import { figures, type Citation, type FigureKey } from '../figures';

/** Someone who acts or is heard at a step; the name is part of the quote. */
export interface Actor extends Citation {
  readonly name: string;
}

/** A safeguard at a step; the name is part of the quote. */
export interface Safeguard extends Citation {
  readonly name: string;
  /** The items the safeguard lists, each verbatim (the four of the 四必). */
  readonly items?: readonly string[];
  /** A figure the safeguard states (5 working days of publicity, the 15% margin). */
  readonly figure?: FigureKey;
}

/** One step of the procedure. */
export interface ProcedureStep {
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** The step's name as its heading gives it: 推荐提名. */
  readonly title: string;
  /** The id of the step's heading (step-1 … step-5). */
  readonly anchor: string;
  /** What happens, in the handbook's words. */
  readonly summary: Citation;
  readonly actors: readonly Actor[];
  /** The number of people the step puts forward (none for 组织考察, which the handbook gives no number for). */
  readonly yields?: FigureKey;
  readonly safeguards: readonly Safeguard[];
}

const cite = (anchor: string, quote: string): Citation => ({ quote, part: 'procedure', anchor });
const named = (anchor: string, name: string, quote: string): Actor => ({ name, ...cite(anchor, quote) });

/** The handbook's sentence introducing the steps (#procedure-intro). */
export const procedureIntro: Citation = {
  quote: '采取自下而上、上下结合、反复酝酿、逐级遴选的办法进行',
  part: 'procedure',
  anchor: 'procedure-intro',
};

/** The five steps, in order (#step-1 … #step-5). */
export const procedureSteps: readonly ProcedureStep[] = [
  {
    number: 1,
    title: '推荐提名',
    anchor: 'step-1',
    summary: cite('step-1-nomination', '推荐提名从基层开始，所有基层党组织和党员参加'),
    actors: [
      named('step-1-nomination', '基层党组织和党员', '所有基层党组织和党员参加'),
      named('step-1-nomination', '各推荐单位', '各推荐单位根据省委分配名额，组织所属党组织自下而上推荐提名代表人选'),
      named('step-1-selection', '省委常委会', '省委常委会对各推荐单位上报的代表候选人推荐人选进行研究'),
    ],
    yields: 'inspectionCandidates',
    safeguards: [],
  },
  {
    number: 2,
    title: '组织考察',
    anchor: 'step-2',
    summary: cite('step-2-inspection', '组织对代表候选人初步人选考察对象进行认真考察'),
    actors: [named('step-2-inspection', '基层党组织、党代会代表、党员和群众', '充分听取基层党组织、党代会代表、党员和群众的意见')],
    safeguards: [
      named('step-2-inspection', '差额考察和考察预告', '实行差额考察和考察预告'),
      {
        ...named('step-2-inspection', '“四必”', '认真落实“四必”要求'),
        items: [
          '所有考察对象的档案材料必审',
          '纪检监察机关的意见必听',
          '违纪违法线索具体、具有可查性的信访举报必查',
          '考察对象是党员领导干部的个人有关事项报告必核',
        ],
      },
    ],
  },
  {
    number: 3,
    title: '确定代表候选人初步人选',
    anchor: 'step-3',
    summary: cite('step-3-preliminary', '省委常委会根据考察情况和代表结构要求等，研究提出不少于80名代表候选人初步人选'),
    actors: [
      named('step-3-preliminary', '省委常委会', '省委常委会根据考察情况和代表结构要求等'),
      named('step-3-preliminary', '中组部', '就初步人选与中组部进行沟通'),
    ],
    yields: 'preliminaryMin',
    safeguards: [
      named('step-3-preliminary', '征求同级纪检监察机关的意见', '代表候选人初步人选确定前，征求同级纪检监察机关的意见'),
      { ...named('step-3-preliminary', '公示', '以党内文件的形式进行公示，公示时间为5个工作日'), figure: 'publicityDays' },
    ],
  },
  {
    number: 4,
    title: '确定代表候选人预备人选',
    anchor: 'step-4',
    summary: cite('step-4-prepared', '对代表候选人初步人选进行酝酿讨论，投票确定80名代表候选人预备人选'),
    actors: [named('step-4-prepared', '省委', '省委召开全会'), named('step-4-prepared', '中组部', '一并报中组部审查')],
    yields: 'prepared',
    safeguards: [named('step-4-prepared', '报中组部审查', '连同预备人选名册、登记表等材料一并报中组部审查')],
  },
  {
    number: 5,
    title: '会议选举',
    anchor: 'step-5',
    summary: cite('step-5-election', '直接选举产生中央提名的代表和69名我省出席党的二十大代表'),
    actors: [
      named('step-5-election', '中央', '代表候选人预备人选经中央审查批复后'),
      named('step-5-election', '省党代表会议', '省委召开省党代表会议'),
    ],
    yields: 'electedDelegates',
    safeguards: [
      named('step-5-election', '无记名投票', '以无记名投票方式'),
      { ...named('step-5-election', '多于15%的差额比例', '按多于15%的差额比例'), figure: 'marginPercent' },
    ],
  },
];

/** The numbers flowing through the steps, in order: 90 考察对象, 不少于80 初步人选, 80 预备人选, 69 代表. */
export const procedureFlow = procedureSteps.flatMap((step) =>
  step.yields === undefined ? [] : [{ step: step.number, figure: figures[step.yields] }],
);
