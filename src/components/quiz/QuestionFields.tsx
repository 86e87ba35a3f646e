import type { Ref } from 'preact';
import { idsOf, type QuizResponse } from '../../lib/quiz/check';
import { optionLetter, typeHints, typeLabels } from '../../lib/quiz/describe';
import type { Question } from '../../schemas/question';
import { OrderList } from './OrderList';

interface Props {
  question: Question;
  /** The question's number in its set, from 1. */
  number: number;
  /** The reader's answer so far (for an order question, the order shown). */
  response: QuizResponse | undefined;
  onChange: (response: QuizResponse) => void;
  fieldsetRef?: Ref<HTMLFieldSetElement>;
}

/**
 * One question as native form controls in a fieldset whose legend is the question: radio buttons for single choice
 * and true or false, check boxes for multiple choice, an ordered list with move buttons for ordering.
 */
export function QuestionFields({ question, number, response, onChange, fieldsetRef }: Props) {
  const chosen = idsOf(response);
  const name = `question-${question.id}`;
  return (
    <fieldset class="question" tabIndex={-1} ref={fieldsetRef ?? null} aria-describedby={`${name}-hint`}>
      <legend class="question__legend">
        <QuestionTitle question={question} number={number} />
      </legend>
      <p class="question__hint muted" id={`${name}-hint`}>
        {typeHints[question.type]}
      </p>
      {question.type === 'order' ? (
        <OrderList options={question.options} order={chosen} onChange={onChange} />
      ) : (
        <div class="choices">
          {question.options.map((option, index) => (
            <label class={chosen.includes(option.id) ? 'choice choice--option choice--chosen' : 'choice choice--option'} key={option.id}>
              <input
                type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(event) => {
                  if (question.type !== 'multiple') return onChange(option.id);
                  const ticked = event.currentTarget.checked;
                  // Kept in the order shown, so a saved answer reads the same however it was ticked.
                  onChange(question.options.map((o) => o.id).filter((id) => (id === option.id ? ticked : chosen.includes(id))));
                }}
              />
              {question.type !== 'judge' && <span class="choice__letter">{optionLetter(index)}.</span>}
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** A question's heading line: 第3题 · 单选题 · the stem. */
export function QuestionTitle({ question, number }: { question: Question; number: number }) {
  return (
    <>
      <span class="question__number">第{number}题</span>
      <span class="question__type">{typeLabels[question.type]}</span>
      <span class="question__stem">{question.stem}</span>
    </>
  );
}
