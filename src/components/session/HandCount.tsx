import { optionLetter } from '../../lib/quiz/describe';
import { percentText, type QuestionResult } from '../../lib/session/results';
import type { HandTally as Count } from '../../lib/session/tally';
import type { Question } from '../../schemas/question';

const optionName = (question: Question, index: number): string =>
  question.type === 'judge' ? question.options[index]!.text : optionLetter(index);

/** A count as typed: a whole number from 0, or 0 for anything else (an empty box). */
const whole = (text: string): number => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

interface Props {
  question: Question;
  /** The counts entered by hand so far for this question, if any. */
  count: Count | undefined;
  onChange: (count: Count) => void;
  /** Where the input ids come from, so two editors on one page do not clash. */
  idPrefix: string;
}

/**
 * The counts for one question by show of hands or from the paper sheets: per option a number to type or +1 per hand;
 * for multiple-choice and order questions also how many answered and how many had it all right.
 */
export function HandCount({ question, count, onChange, idPrefix }: Props) {
  const current: Count = count ?? { options: {} };
  const set = (patch: Partial<Count>) => onChange({ ...current, ...patch });
  const setOption = (id: string, n: number) => set({ options: { ...current.options, [id]: Math.max(0, n) } });
  const whole2 = question.type === 'multiple' || question.type === 'order';
  return (
    <fieldset class="hands">
      <legend>{question.type === 'order' ? '举手或答题纸统计：排序题只记作答和答对的人数' : '举手或答题纸统计：每个选项多少人'}</legend>
      {question.type !== 'order' && (
        <ul class="hands__options">
          {question.options.map((option, index) => {
            const id = `${idPrefix}-${option.id}`;
            const n = current.options[option.id] ?? 0;
            return (
              <li key={option.id}>
                <label for={id}>{optionName(question, index)}</label>
                <input id={id} type="number" inputMode="numeric" min={0} step={1} value={n} onInput={(e) => setOption(option.id, whole(e.currentTarget.value))} />
                <button type="button" class="button" aria-label={`${optionName(question, index)} 加一人`} onClick={() => setOption(option.id, n + 1)}>
                  +1
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {whole2 && (
        <p class="hands__totals">
          <label>
            作答人数
            <input type="number" inputMode="numeric" min={0} step={1} value={current.answered ?? 0} onInput={(e) => set({ answered: whole(e.currentTarget.value) })} />
          </label>
          <label>
            全部答对的人数
            <input type="number" inputMode="numeric" min={0} step={1} value={current.right ?? 0} onInput={(e) => set({ right: whole(e.currentTarget.value) })} />
          </label>
        </p>
      )}
    </fieldset>
  );
}

/** How the room answered one question: a bar per option with its count written beside it, and the share right. */
export function ResultBars({ result, headingLevel = 3 }: { result: QuestionResult; headingLevel?: 3 | 4 }) {
  const { question } = result;
  const most = Math.max(1, ...result.options.map((o) => o.count));
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="bars">
      <Heading class="bars__title">
        全场：{result.answered}人作答，{result.right}人答对（{percentText(result.share)}）
      </Heading>
      {question.type !== 'order' && (
        <ul class="bars__list">
          {result.options.map((option, index) => (
            <li key={option.id} class={option.isRight ? 'bars__row bars__row--right' : 'bars__row'}>
              <span class="bars__label">
                {optionName(question, index)}
                {option.isRight && <span class="visually-hidden">（正确答案）</span>}
              </span>
              <span class="bars__track" aria-hidden="true">
                <span class="bars__bar" style={{ inlineSize: `${(option.count / most) * 100}%` }}></span>
              </span>
              <span class="bars__count">{option.count}人{option.isRight ? ' ✓' : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {result.warnings.map((warning) => (
        <p class="notice" role="alert" key={warning}>
          {warning}
        </p>
      ))}
    </div>
  );
}
