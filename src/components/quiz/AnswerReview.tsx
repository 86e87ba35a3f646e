import type { ComponentChildren, Ref } from 'preact';
import { idsOf, isCorrect, type QuizResponse } from '../../lib/quiz/check';
import { describeAnswer, describeResponse, optionLetter } from '../../lib/quiz/describe';
import type { BankQuestion } from '../../lib/quiz/bank';
import type { Question } from '../../schemas/question';
import { Explanation } from './Explanation';
import { Verdict } from '../Verdict';

interface Props {
  question: BankQuestion;
  response: QuizResponse | undefined;
  /** The heading level of the verdict, to fit the page's outline. */
  level?: 3 | 4;
  /** The verdict heading, for moving focus to it once an answer is checked. */
  verdictRef?: Ref<HTMLHeadingElement>;
  /** Shown before the verdict, e.g. the question's number and stem in a list of results. */
  children?: ComponentChildren;
}

/**
 * Right or wrong in words and with a tick or cross (never by colour alone), the reader's answer beside the right
 * one, every option marked, and the explanation with the handbook's words.
 */
export function AnswerReview({ question, response, level = 3, verdictRef, children }: Props) {
  const correct = isCorrect(question, response);
  const Heading = `h${level}` as 'h3' | 'h4';
  return (
    <div class="review">
      {children}
      <Heading class="review__verdict" tabIndex={-1} ref={verdictRef ?? null}>
        <Verdict tone={correct ? 'ok' : 'wrong'}>{correct ? '回答正确' : response === undefined ? '没有作答' : '回答错误'}</Verdict>
      </Heading>
      <p class="review__answers">
        <span>你的答案：{describeResponse(question, response)}</span>
        <span>正确答案：{describeAnswer(question)}</span>
      </p>
      {question.type === 'order' ? (
        <OrderReview question={question} />
      ) : (
        <OptionMarks question={question} response={response} />
      )}
      <Explanation question={question} />
    </div>
  );
}

/** Every option of a choice question, with the right ones and the reader's choices marked in words. */
function OptionMarks({ question, response }: { question: Question; response: QuizResponse | undefined }) {
  const right = idsOf(question.answer);
  const chosen = idsOf(response);
  return (
    <ul class="marks">
      {question.options.map((option, index) => {
        const isRight = right.includes(option.id);
        return (
          <li key={option.id} class={isRight ? 'marks__item marks__item--right' : 'marks__item'}>
            <span>
              {question.type !== 'judge' && `${optionLetter(index)}. `}
              {option.text}
            </span>
            {isRight && <Verdict tone="ok">正确答案</Verdict>}
            {chosen.includes(option.id) && <span class="tag">你选了</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The right order, item by item (the reader's own is given by letter above). */
function OrderReview({ question }: { question: Question }) {
  return (
    <div class="order-review">
      <p class="order-review__title">正确顺序</p>
      <ol>
        {idsOf(question.answer).map((id) => {
          const index = question.options.findIndex((o) => o.id === id);
          return (
            <li key={id}>
              {optionLetter(index)}. {question.options[index]?.text}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
