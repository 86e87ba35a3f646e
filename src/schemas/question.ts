import { z } from 'astro/zod';

/** A kebab-case id: stable, because set codes, saved answers and the 错题本 refer to questions and options by it. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** What a question is about, for choosing sets (the 选举纪律专题 is every question tagged `discipline`). */
export const topicSchema = z.enum([
  'discipline', // 选举纪律: canvassing and bribery, 四必, 公示, 身份 checks, 零容忍.
  'procedure', // 产生程序: the steps from nomination to the election.
  'quota', // 名额: numbers of delegates and candidates, recommendation units.
  'structure', // 代表结构: proportions and distribution of the delegates.
  'qualification', // 代表条件: what a delegate must be and do.
  'significance', // 重要意义: why the election matters.
  'leadership', // 党的领导: the party's leadership of the work and its organisation.
  'democracy', // 党内民主: 民主集中制, 群众路线, hearing members and the public.
  'publicity', // 宣传: publicity work.
  'background', // 背景: the dates and documents the preface gives.
]);

/** A place in the handbook that settles an answer. */
export const questionSourceSchema = z.object({
  /** The id of a paragraph or heading in content/handbook/*.mdx (`<P id>` / `<H2 id>`). */
  anchor: id,
  /** A sentence or clause of that paragraph, verbatim (whitespace aside), that settles the answer. */
  quote: z.string().min(1),
});

/** One answer a reader can choose. */
const optionSchema = z.object({
  /** Stable within the question; answers name options by it, so options can be shown in any order. */
  id,
  /** The words shown. */
  text: z.string().min(1),
});

const base = z.object({
  /** Unique across the bank, e.g. `procedure-publicity-days`. */
  id,
  /**
   * The id of the part whose text settles the answer (`procedure`). Not written in the bank: each bank file holds the
   * questions of one part and is named after it, and the loader (src/content.config.ts) fills this in from the name.
   */
  part: id,
  /** At least one; `discipline` wherever the question is about election discipline. */
  topics: z.array(topicSchema).min(1),
  /** The question as the reader sees it; a blank to fill is written （　）. */
  stem: z.string().min(1),
  /** Why the answer is right, in plain Chinese, shown after answering. */
  explanation: z.string().min(1),
  /** The paragraph and words that settle the answer; the page links here. */
  source: questionSourceSchema,
  /** Further citations, in reading order, when the answer spans several paragraphs (e.g. the five steps). */
  furtherSources: z.array(questionSourceSchema).min(1).optional(),
});

/** The options of a choice question: three to six. */
const choices = z.array(optionSchema).min(3).max(6);

/** 单选题: exactly one option is right. */
const single = base.extend({
  type: z.literal('single'),
  options: choices,
  /** The id of the right option. */
  answer: id,
});

/** 多选题: two or more options are right; only the exact set counts as right. */
const multiple = base.extend({
  type: z.literal('multiple'),
  options: choices,
  /** The ids of every right option, in any order. */
  answer: z.array(id).min(2),
});

const judgeOptions = z.tuple([
  z.object({ id: z.literal('right'), text: z.literal('正确') }),
  z.object({ id: z.literal('wrong'), text: z.literal('错误') }),
]);

/** 判断题: the stem is a statement, right or wrong. Its options are always 正确, 错误 (in that order): the bank omits them. */
const judge = base.extend({
  type: z.literal('judge'),
  options: judgeOptions.default((): z.output<typeof judgeOptions> => [
    { id: 'right', text: '正确' },
    { id: 'wrong', text: '错误' },
  ]),
  /** `right` if the statement agrees with the handbook, `wrong` if not. */
  answer: z.enum(['right', 'wrong']),
});

/** 排序题: put the items in the handbook's order. */
const order = base.extend({
  type: z.literal('order'),
  /** The items, stored in any order (they are shuffled for display). */
  options: choices,
  /** Every option id, in the right order. */
  answer: z.array(id).min(3),
});

const hasDuplicates = (values: readonly string[]): boolean => new Set(values).size !== values.length;

/** One question of the bank (content/quizzes/*.yaml). Answers must name the question's own options. */
export const questionSchema = z.discriminatedUnion('type', [single, multiple, judge, order]).superRefine((q, ctx) => {
  const optionIds: readonly string[] = q.options.map((o) => o.id);
  if (hasDuplicates(optionIds)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids repeat' });
  if (hasDuplicates(q.options.map((o) => o.text)))
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'option texts repeat' });
  if (hasDuplicates(q.topics)) ctx.addIssue({ code: 'custom', path: ['topics'], message: 'topics repeat' });

  const answer: readonly string[] = typeof q.answer === 'string' ? [q.answer] : q.answer;
  if (answer.some((a) => !optionIds.includes(a)))
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer names an option the question does not have' });
  if (hasDuplicates(answer)) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer repeats an option' });
  if (q.type === 'order' && answer.length !== optionIds.length)
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'an order answer must list every option' });
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Topic = z.infer<typeof topicSchema>;
export type QuestionSource = z.infer<typeof questionSourceSchema>;
export type Option = z.infer<typeof optionSchema>;

/** Why a bank entry that still writes `part:` (the old form, `part: 6`) is refused, and how to convert it. */
export const staleQuestionPart = (file: string, id: string): string =>
  `content/quizzes/${file}: question ${id} writes "part:", which the file name now says; ` +
  `delete the line (sed -i -E '/^ +part: /d' content/quizzes/*.yaml)`;
