import { useEffect, useRef, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/quiz/bank';
import type { QuizResponse, Responses } from '../../lib/quiz/check';
import { resumeAt } from '../../lib/quiz/progress';
import type { Feedback } from '../../lib/quiz/storage';
import type { Question } from '../../schemas/question';
import { AnswerReview } from './AnswerReview';
import { ConfirmButton } from './ConfirmButton';
import { QuestionFields } from './QuestionFields';

interface Props {
  title: string;
  code: string;
  questions: readonly BankQuestion[];
  feedback: Feedback;
  /** The answers saved so far. */
  answers: Responses;
  /** Whether the first question shown takes focus: yes when the reader has just started the set. */
  focusOnShow: boolean;
  onAnswer: (question: Question, response: QuizResponse) => void;
  /** Called with every answer, the last included, when the reader finishes the set. */
  onFinish: (answers: Responses) => void;
  onRestart: () => void;
  onLeave: () => void;
}

/** A set being answered, one question at a time, taken up where the reader left it. */
export function Run(props: Props) {
  const { title, code, questions, feedback, answers, onAnswer, onFinish, onRestart, onLeave } = props;
  const [position, setPosition] = useState(() => resumeAt(questions, answers));
  // Focus moves to a question once the reader moves between questions, not when a saved set opens on arrival.
  const [moved, setMoved] = useState(props.focusOnShow);
  const question = questions[Math.min(position, questions.length - 1)]!;
  const number = questions.indexOf(question) + 1;
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const go = (to: number) => {
    setMoved(true);
    setPosition(to);
  };
  const isLast = number === questions.length;

  return (
    <section class="run" aria-labelledby="run-title">
      <div class="run__header">
        <h2 id="run-title" class="run__title">
          {title}
        </h2>
        <p class="run__meta muted">
          练习编号 <span class="code">{code}</span> · {feedback === 'each' ? '每题马上判对错' : '全部答完再判对错'}
        </p>
        <p class="run__progress">
          <span>
            第{number}题，共{questions.length}题
          </span>
          <progress max={questions.length} value={answered} aria-label={`已答${answered}题`} />
        </p>
      </div>
      <QuestionCard
        key={question.id}
        question={question}
        number={number}
        feedback={feedback}
        saved={answers[question.id]}
        focusOnShow={moved}
        isLast={isLast}
        unansweredElsewhere={questions.filter((q) => q !== question && answers[q.id] === undefined).length}
        onAnswer={(response) => onAnswer(question, response)}
        onPrevious={number > 1 ? () => go(number - 2) : undefined}
        onNext={(response) => {
          if (!isLast) return go(number);
          onFinish(response === undefined ? answers : { ...answers, [question.id]: response });
        }}
      />
      <div class="run__tools">
        <ConfirmButton
          label="从头再做这一组"
          question={`已答的${answered}题会清除，从第1题重新开始。确定吗？`}
          onConfirm={() => {
            onRestart();
            go(0);
          }}
        />
        <button type="button" class="button" onClick={onLeave}>
          换一组题
        </button>
      </div>
    </section>
  );
}

interface CardProps {
  question: BankQuestion;
  number: number;
  feedback: Feedback;
  saved: QuizResponse | undefined;
  focusOnShow: boolean;
  isLast: boolean;
  unansweredElsewhere: number;
  onAnswer: (response: QuizResponse) => void;
  onPrevious: (() => void) | undefined;
  /** Moves on; with feedback at the end, carries the answer just given (undefined when skipped). */
  onNext: (response?: QuizResponse) => void;
}

/**
 * One question. With feedback after each question: answer, 检查答案, then right or wrong with the explanation, and
 * focus moves to the verdict. With feedback at the end: answer (or skip) and move on; 交卷 after the last.
 */
function QuestionCard(props: CardProps) {
  const { question, number, feedback, saved, focusOnShow, isLast, unansweredElsewhere } = props;
  const checked = feedback === 'each' && saved !== undefined;
  // An order question starts in the order shown, which is itself an answer the reader may keep.
  const [draft, setDraft] = useState<QuizResponse | undefined>(
    saved ?? (question.type === 'order' ? question.options.map((o) => o.id) : undefined),
  );
  const [missing, setMissing] = useState(false);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const verdict = useRef<HTMLHeadingElement>(null);
  const wasChecked = useRef(checked);

  useEffect(() => {
    if (focusOnShow) (checked ? verdict : fieldset).current?.focus();
  }, []);
  useEffect(() => {
    if (checked && !wasChecked.current) verdict.current?.focus();
    wasChecked.current = checked;
  }, [checked]);

  const draftIsEmpty = draft === undefined || (Array.isArray(draft) && draft.length === 0);
  const previous = props.onPrevious && (
    <button
      type="button"
      class="button"
      onClick={() => {
        // With feedback at the end, an answer given here is kept when the reader goes back.
        if (!checked && feedback === 'end' && !draftIsEmpty) props.onAnswer(draft);
        props.onPrevious?.();
      }}
    >
      上一题
    </button>
  );

  if (checked)
    return (
      <div class="card">
        <AnswerReview question={question} response={saved} verdictRef={verdict}>
          <p class="card__stem">
            <strong>第{number}题</strong> {question.stem}
          </p>
        </AnswerReview>
        <div class="card__actions">
          {previous}
          <button type="button" class="button button--primary" onClick={() => props.onNext()}>
            {isLast ? '看看结果' : '下一题'}
          </button>
        </div>
      </div>
    );

  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (feedback === 'each') {
          if (draftIsEmpty) return setMissing(true);
          return props.onAnswer(draft);
        }
        if (!draftIsEmpty) props.onAnswer(draft);
        props.onNext(draftIsEmpty ? undefined : draft);
      }}
    >
      <QuestionFields
        question={question}
        number={number}
        response={draft}
        fieldsetRef={fieldset}
        onChange={(response) => {
          setDraft(response);
          setMissing(false);
        }}
      />
      {missing && (
        <p class="notice" role="alert">
          请先选择答案，再点“检查答案”。
        </p>
      )}
      {feedback === 'end' && isLast && unansweredElsewhere > 0 && (
        <p class="muted">还有{unansweredElsewhere}题没有作答，交卷后按答错计算。可以点“上一题”回去补答。</p>
      )}
      <div class="card__actions">
        {previous}
        <button type="submit" class="button button--primary">
          {feedback === 'each' ? '检查答案' : isLast ? '交卷' : draftIsEmpty ? '跳过，下一题' : '下一题'}
        </button>
      </div>
    </form>
  );
}
