/**
 * The bank report (npm run bank:report): the mechanical checks every question must pass, which the unit tests
 * enforce, and style statistics for an editor, which they do not (a statistic is a prompt to look, not a rule).
 */
import type { Question } from '../../schemas/question';
import { amount, figures, share } from '../figures';
import { structureRules } from '../widgets/rules';
import { comparable, figuresIn, findGiveaways, type Giveaway } from './giveaways';
import { sessionSize } from './sets';

// ---------------------------------------------------------------------------------------------- mechanical checks

/** Groups of questions whose stems are the same (punctuation and spacing aside). */
export function duplicateStems(questions: readonly Question[]): string[][] {
  const byStem = new Map<string, string[]>();
  for (const q of questions) byStem.set(comparable(q.stem), [...(byStem.get(comparable(q.stem)) ?? []), q.id]);
  return [...byStem.values()].filter((ids) => ids.length > 1);
}

/** A citation whose quote is not in the paragraph it names (or names no paragraph). */
export interface Misquote {
  readonly id: string;
  readonly anchor: string;
  readonly quote: string;
}

/** Every citation whose quote does not stand, whitespace aside, in its paragraph (`paragraphs`: id → text). */
export function misquotes(questions: readonly Question[], paragraphs: ReadonlyMap<string, string>): Misquote[] {
  return questions.flatMap((q) =>
    [q.source, ...(q.furtherSources ?? [])]
      .filter(({ anchor, quote }) => !paragraphs.get(anchor)?.replace(/\s+/g, '').includes(quote.replace(/\s+/g, '')))
      .map(({ anchor, quote }) => ({ id: q.id, anchor, quote })),
  );
}

/**
 * The figures a stem or keyed option may state: those of src/lib/figures.ts and of the structure rules, as the
 * handbook words them (69名, 不少于80名, 15%, 三分之二, 55岁), and the shares the handbook prints (56.7%).
 */
export const knownFigures: ReadonlySet<string> = new Set([
  ...Object.values(figures).flatMap((f) => [...figuresIn(f.quote), ...figuresIn(amount(f))]),
  ...Object.values(structureRules).flatMap((r) => figuresIn(r.quote)),
  `${share(figures.leadingCadres.value, figures.candidates.value)}%`,
  `${share(figures.frontlineMembers.value, figures.candidates.value)}%`,
]);

/** A figure in a stem or keyed option that figures.ts does not have. */
export interface StrayFigure {
  readonly id: string;
  readonly figure: string;
}

/** Figures in stems and keyed options that are not in figures.ts (distractors may change figures; those are free). */
export function strayFigures(questions: readonly Question[]): StrayFigure[] {
  return questions.flatMap((q) => {
    const keyed = q.type === 'single' ? [q.answer] : q.type === 'multiple' ? q.answer : q.type === 'order' ? q.answer : [];
    const texts = [q.stem, ...q.options.filter((o) => keyed.includes(o.id)).map((o) => o.text)];
    return [...new Set(texts.flatMap(figuresIn))].filter((f) => !knownFigures.has(f)).map((figure) => ({ id: q.id, figure }));
  });
}

/** A pool of questions a set is made from: the 专题, a part, or the whole bank for mixes. */
export interface Pool {
  readonly name: string;
  readonly questions: readonly Question[];
  /** Whether sets are drawn from it, keeping giveaways apart (sets.ts), rather than taking it whole. */
  readonly drawn: boolean;
}

/** The pools sets are made from, as sets.ts makes them. */
export function pools(questions: readonly Question[]): Pool[] {
  const discipline = questions.filter((q) => q.topics.includes('discipline'));
  const parts = [...new Set(questions.map((q) => q.part))].map((part) => {
    const inPart = questions.filter((q) => q.part === part);
    return { name: `part ${part}`, questions: inPart, drawn: inPart.length > sessionSize };
  });
  return [
    { name: '专题', questions: discipline, drawn: discipline.length > sessionSize },
    ...parts,
    { name: 'mix', questions, drawn: true },
  ];
}

/** A giveaway, with the pools whose sets could hold both questions. */
export interface SharedGiveaway extends Giveaway {
  /** Pools holding both questions, each marked whether its draw keeps them apart. */
  readonly pools: readonly { name: string; drawn: boolean }[];
}

/** Every giveaway between questions that share a pool. */
export function sharedGiveaways(allPools: readonly Pool[]): SharedGiveaway[] {
  const whole = allPools.reduce((a, b) => (b.questions.length > a.questions.length ? b : a));
  return findGiveaways(whole.questions).map((g) => ({
    ...g,
    pools: allPools
      .filter((p) => p.questions.some((q) => q.id === g.from) && p.questions.some((q) => q.id === g.to))
      .map(({ name, drawn }) => ({ name, drawn })),
  }));
}

/** Giveaways that a set can hold: both questions in a pool that is taken whole. The tests require none. */
export const giveawaysInWholeSets = (shared: readonly SharedGiveaway[]): SharedGiveaway[] =>
  shared.filter((g) => g.pools.some((p) => !p.drawn));

// ----------------------------------------------------------------------------------------------- style statistics

/**
 * Words that make a statement sound lax, so that a false statement carrying them is spotted as false without
 * reading the handbook (只要…就, 可以不予, 最好, 影响不大). Balanced between true and false statements they tell nothing.
 */
export const laxMarkers = ['只', '可以', '最好', '不大', '就行', '越', '不必', '无须', '即可', '等到'] as const;

export const laxMarkersIn = (text: string): string[] => laxMarkers.filter((m) => text.includes(m));

/** Whether the keyed option stands out by length: the key of a single choice, or every key of a multiple, longer than every distractor. */
export function keyIsLongest(q: Question): boolean {
  if (q.type !== 'single' && q.type !== 'multiple') return false;
  const keyed = new Set<string>(q.type === 'single' ? [q.answer] : q.answer);
  const lengths = (pick: boolean) => q.options.filter((o) => keyed.has(o.id) === pick).map((o) => o.text.length);
  return Math.min(...lengths(true)) > Math.max(...lengths(false));
}

/** Style figures for a group of questions. */
export interface Statistics {
  readonly questions: number;
  readonly byKind: { number: number; wording: number; understanding: number };
  readonly byType: { single: number; multiple: number; judge: number; order: number };
  /** True and false statements. */
  readonly judgeRight: number;
  readonly judgeWrong: number;
  /** Statements carrying a lax marker, true and false. */
  readonly laxRight: number;
  readonly laxWrong: number;
  /** Multiple-choice questions with exactly one unkeyed option. */
  readonly loneDistractor: number;
  /** Choice questions whose key is longer than every distractor. */
  readonly longestKeyed: number;
}

export function statistics(questions: readonly Question[]): Statistics {
  const count = (pick: (q: Question) => boolean) => questions.filter(pick).length;
  const judges = questions.filter((q) => q.type === 'judge');
  const lax = (answer: string) => judges.filter((q) => q.answer === answer && laxMarkersIn(q.stem).length > 0).length;
  return {
    questions: questions.length,
    byKind: {
      number: count((q) => q.kind === 'number'),
      wording: count((q) => q.kind === 'wording'),
      understanding: count((q) => q.kind === 'understanding'),
    },
    byType: {
      single: count((q) => q.type === 'single'),
      multiple: count((q) => q.type === 'multiple'),
      judge: judges.length,
      order: count((q) => q.type === 'order'),
    },
    judgeRight: judges.filter((q) => q.answer === 'right').length,
    judgeWrong: judges.filter((q) => q.answer === 'wrong').length,
    laxRight: lax('right'),
    laxWrong: lax('wrong'),
    loneDistractor: count((q) => q.type === 'multiple' && q.options.length - q.answer.length === 1),
    longestKeyed: count(keyIsLongest),
  };
}

// ------------------------------------------------------------------------------------------------------- the report

/** Everything the report prints. */
export interface BankReport {
  readonly total: Statistics;
  /** Statistics per part, type, topic and kind, each a list of [group, statistics]. */
  readonly groups: readonly { title: string; rows: readonly [string, Statistics][] }[];
  readonly loneDistractors: readonly string[];
  readonly longestKeyed: readonly string[];
  readonly laxStatements: readonly { id: string; answer: string; markers: readonly string[] }[];
  readonly giveaways: readonly SharedGiveaway[];
  readonly duplicateStems: readonly string[][];
  readonly misquotes: readonly Misquote[];
  readonly strayFigures: readonly StrayFigure[];
}

const groupBy = (questions: readonly Question[], keys: (q: Question) => readonly string[]): [string, Statistics][] => {
  const names = [...new Set(questions.flatMap(keys))];
  return names.map((name) => [name, statistics(questions.filter((q) => keys(q).includes(name)))]);
};

/** The report on a bank; `paragraphs` maps each handbook id to its text. */
export function bankReport(questions: readonly Question[], paragraphs: ReadonlyMap<string, string>): BankReport {
  return {
    total: statistics(questions),
    groups: [
      { title: 'part', rows: groupBy(questions, (q) => [q.part]) },
      { title: 'type', rows: groupBy(questions, (q) => [q.type]) },
      { title: 'topic', rows: groupBy(questions, (q) => q.topics) },
      { title: 'kind', rows: groupBy(questions, (q) => [q.kind]) },
    ],
    loneDistractors: questions.filter((q) => q.type === 'multiple' && q.options.length - q.answer.length === 1).map((q) => q.id),
    longestKeyed: questions.filter(keyIsLongest).map((q) => q.id),
    laxStatements: questions
      .filter((q) => q.type === 'judge' && laxMarkersIn(q.stem).length > 0)
      .map((q) => ({ id: q.id, answer: q.answer as string, markers: laxMarkersIn(q.stem) })),
    giveaways: sharedGiveaways(pools(questions)),
    duplicateStems: duplicateStems(questions),
    misquotes: misquotes(questions, paragraphs),
    strayFigures: strayFigures(questions),
  };
}

const columns = ['questions', 'num/word/und', 'single/multi/judge/order', 'judge T/F', 'lax T/F', 'lone distr.', 'key longest'];

const row = (name: string, s: Statistics): string[] => [
  name,
  String(s.questions),
  `${s.byKind.number}/${s.byKind.wording}/${s.byKind.understanding}`,
  `${s.byType.single}/${s.byType.multiple}/${s.byType.judge}/${s.byType.order}`,
  `${s.judgeRight}/${s.judgeWrong}`,
  `${s.laxRight}/${s.laxWrong}`,
  String(s.loneDistractor),
  String(s.longestKeyed),
];

function table(title: string, rows: readonly string[][]): string[] {
  const all = [[title, ...columns], ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

const list = (title: string, items: readonly string[]): string[] => [
  `${title}: ${items.length}`,
  ...items.map((item) => `  ${item}`),
];

/** The report as plain text, for a terminal. */
export function formatReport(report: BankReport): string {
  const together = giveawaysInWholeSets(report.giveaways);
  return [
    'Question bank report',
    '',
    ...table('total', [row('all', report.total)]),
    ...report.groups.flatMap((g) => ['', ...table(g.title, g.rows.map(([name, s]) => row(name, s)))]),
    '',
    'Style (prompts to look, not errors)',
    ...list(
      'judge statements with a lax marker',
      report.laxStatements.map((s) => `${s.id} (${s.answer === 'right' ? '正确' : '错误'}): ${s.markers.join(' ')}`),
    ),
    ...list('multiple-choice questions with a single unkeyed option', report.loneDistractors),
    ...list('choice questions whose key is longer than every distractor', report.longestKeyed),
    '',
    'Mechanical checks (the unit tests require none)',
    ...list(
      `giveaways inside a set taken whole (pools of at most ${sessionSize})`,
      together.map((g) => `${g.from} prints the answer of ${g.to}: ${g.clue} [${g.pools.filter((p) => !p.drawn).map((p) => p.name).join(', ')}]`),
    ),
    ...list('duplicate stems', report.duplicateStems.map((ids) => ids.join(' = '))),
    ...list('quotes not in their paragraph', report.misquotes.map((m) => `${m.id}: #${m.anchor} 「${m.quote}」`)),
    ...list('figures in a stem or key that figures.ts does not have', report.strayFigures.map((f) => `${f.id}: ${f.figure}`)),
    '',
    ...list(
      'giveaways kept apart by the draw (same pool, never the same set)',
      report.giveaways
        .filter((g) => !together.includes(g))
        .map((g) => `${g.from} prints the answer of ${g.to}: ${g.clue} [${g.pools.map((p) => p.name).join(', ')}]`),
    ),
  ].join('\n');
}
