import type { Question } from '../../schemas/question';

/**
 * Cross-item giveaways: one question printing another's answer, so that a set holding both answers the second
 * for the reader. Used at build time by the bank (bank.ts), which lists for each question the ones a set draw keeps
 * apart from it, and by the bank report.
 * Found mechanically, so a reviewer still reads for paraphrased giveaways between choice questions.
 */

/**
 * Text as compared: without whitespace, quotation marks, sentence punctuation and the particle 的, so that
 * 「…等方面的表现情况」 matches 「…等方面表现情况」.
 */
export const comparable = (text: string): string => text.replace(/[\s“”‘’「」《》，。、；：？！（）的]/g, '');

// A number with the unit the handbook puts after it (69名, 15%, 5个工作日, 2022年), or a fraction in words
// (三分之二). Compared as whole tokens, so that 2名 is not found in 2300名. Made where used: the build turns the
// look-behind into a RegExp() call for older browsers, which at the top of the module the bundler would keep in
// every page that imports the bank, though only the build compares texts.
const figurePattern = () => /(?<![\d.])\d+(?:\.\d+)?(?:%|个工作日|名|个|年|岁|万)?|[一二三四五六七八九十]分之[一二三四五六七八九十]/g;

/** The figures a text states, e.g. ['90名', '51名'] for 「90名推荐人选中51名」. */
export const figuresIn = (text: string): string[] => text.match(figurePattern()) ?? [];

/**
 * The texts that answer a question: the keyed option of a single choice, the keyed options of a multiple choice.
 * A true-or-false or ordering answer has no text of its own to print elsewhere.
 */
export function answerTexts(question: Question): string[] {
  const byId = (id: string) => question.options.find((o) => o.id === id)?.text ?? '';
  if (question.type === 'single') return [byId(question.answer)];
  if (question.type === 'multiple') return question.answer.map(byId);
  return [];
}

/**
 * The texts a question shows as statements: its stem, and every option of a multiple choice or an ordering question.
 * Each of those options reads as a rule of the handbook (「…信访举报必查」, 「不能把有硬伤、暗伤的人选进来」), keyed or
 * not: a good distractor is a true rule from neighbouring text. The options of a single choice are left out: each is
 * a bare candidate for one blank (中组部, 80名), so another question's key among them tells the reader nothing, and
 * distractors drawn from neighbouring figures and bodies are what good single-choice items are made of.
 */
export function shownTexts(question: Question): string[] {
  if (question.type === 'single' || question.type === 'judge') return [question.stem];
  return [question.stem, ...question.options.map((o) => o.text)];
}

/** One question printing another's answer. */
export interface Giveaway {
  /** The question whose stem or keyed option prints the answer. */
  readonly from: string;
  /** The question answered. */
  readonly to: string;
  /** The words or figure printed. */
  readonly clue: string;
}

/** What a question is compared by, worked out once per question. */
interface Profile {
  readonly id: string;
  /** True-or-false and ordering questions have no answer text; they are compared by the words that settle them. */
  readonly textless: boolean;
  /** Its citations, comparable, by paragraph. */
  readonly citations: readonly { anchor: string; quote: string }[];
  /** The answer texts, comparable, with the figures they state. */
  readonly answers: readonly { text: string; figures: readonly string[] }[];
  readonly shown: readonly { text: string; figures: ReadonlySet<string> }[];
}

// Only a number question's figures are its answer; in other keys a figure is a premise (55岁以下代表的比例).
const profile = (question: Question): Profile => ({
  id: question.id,
  textless: question.type === 'judge' || question.type === 'order',
  citations: [question.source, ...(question.furtherSources ?? [])].map((c) => ({ anchor: c.anchor, quote: comparable(c.quote) })),
  answers: answerTexts(question).map((t) => ({
    text: comparable(t),
    figures: question.kind === 'number' ? figuresIn(t) : [],
  })),
  shown: shownTexts(question).map((t) => ({ text: comparable(t), figures: new Set(figuresIn(t)) })),
});

// Two-character keys (思想, 作风) are words every stem uses; a key of three or more (中组部, 省委全会) is specific.
const minClueLength = 3;

/**
 * The words that settle both questions, where one of them is a true-or-false or ordering question: such a statement
 * is answered by any question settled by the same words (可以等选举结束后再处理 by 一经发现坚决查处), and its
 * answer has no text to look for elsewhere. Words are shared when one question's quote contains the other's.
 */
function sharedWords(a: Profile, b: Profile): string | undefined {
  if (!a.textless && !b.textless) return undefined;
  for (const x of a.citations)
    for (const y of b.citations)
      if (x.anchor === y.anchor && (x.quote.includes(y.quote) || y.quote.includes(x.quote)))
        return x.quote.length < y.quote.length ? x.quote : y.quote;
  return undefined;
}

/** Where `from` gives `to` away: it prints an answer text or figure of `to`, or is settled by the same words. */
function clueBetween(from: Profile, to: Profile): string | undefined {
  if (from.id === to.id) return undefined;
  const shared = to.textless ? sharedWords(from, to) : undefined;
  if (shared !== undefined) return shared;
  for (const answer of to.answers) {
    if (answer.text.length >= minClueLength && from.shown.some((s) => s.text.includes(answer.text))) return answer.text;
    const figure = answer.figures.find((f) => from.shown.some((s) => s.figures.has(f)));
    if (figure !== undefined) return figure;
  }
  return undefined;
}

// Worked out once per question object: a page resolves sets of the same bank again and again.
const profiles = new WeakMap<Question, Profile>();
const profileOf = (q: Question): Profile => {
  let p = profiles.get(q);
  if (!p) profiles.set(q, (p = profile(q)));
  return p;
};

/** Whether two questions give each other away, in either direction. */
export const givesAway = (a: Question, b: Question): boolean =>
  clueBetween(profileOf(a), profileOf(b)) !== undefined || clueBetween(profileOf(b), profileOf(a)) !== undefined;

/** Every giveaway among the questions, one entry per direction, in the order of the list. */
export function findGiveaways(questions: readonly Question[]): Giveaway[] {
  const all = questions.map(profileOf);
  const found: Giveaway[] = [];
  for (const from of all)
    for (const to of all) {
      const clue = clueBetween(from, to);
      if (clue !== undefined) found.push({ from: from.id, to: to.id, clue });
    }
  return found;
}
