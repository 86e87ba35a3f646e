import { useEffect, useRef, useState } from 'preact/hooks';
import { citationPath, type BankQuestion } from '../../lib/quiz/bank';
import type { QuizResponse, Responses } from '../../lib/quiz/check';
import { resumeAt } from '../../lib/quiz/progress';
import type { Feedback, HintLevel } from '../../lib/quiz/storage';
import { href } from '../../site';
import { AnswerReview } from './AnswerReview';
import { ConfirmButton } from './ConfirmButton';
import { Icon } from '../Icon';
import { QuestionFields } from './QuestionFields';
import { ReadQuestion } from './ReadQuestion';
import { Report } from './Report';
import { Loading, useLazy } from '../lazy';

interface Props {
  title: string;
  code: string;
  questions: readonly BankQuestion[];
  feedback: Feedback;
  /** The answers saved so far. */
  answers: Responses;
  /** The bank's version, for 纠错 reports. */
  bankVersion: string;
  /** Hints opened so far, by question id. */
  hints: Readonly<Record<string, HintLevel>>;
  /** Whether a question has been got wrong three times, so the reader is sent to its paragraph first. */
  toReread: (question: BankQuestion) => boolean;
  /** Whether the first question shown takes focus: yes when the reader has just started the set. */
  focusOnShow: boolean;
  onAnswer: (question: BankQuestion, response: QuizResponse) => void;
  onHint: (question: BankQuestion, level: HintLevel) => void;
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
        code={code}
        bankVersion={props.bankVersion}
        hint={props.hints[question.id]}
        reread={props.toReread(question)}
        focusOnShow={moved}
        isLast={isLast}
        unansweredElsewhere={questions.filter((q) => q !== question && answers[q.id] === undefined).length}
        onAnswer={(response) => onAnswer(question, response)}
        onHint={(level) => props.onHint(question, level)}
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
  code: string;
  bankVersion: string;
  hint: HintLevel | undefined;
  reread: boolean;
  focusOnShow: boolean;
  isLast: boolean;
  unansweredElsewhere: number;
  onAnswer: (response: QuizResponse) => void;
  onHint: (level: HintLevel) => void;
  onPrevious: (() => void) | undefined;
  /** Moves on; with feedback at the end, carries the answer just given (undefined when skipped). */
  onNext: (response?: QuizResponse) => void;
}

/**
 * One question. With feedback after each question: answer, 检查答案, then right or wrong with the explanation, and
 * focus moves to the verdict; or skip it. With feedback at the end: answer (kept as chosen) or skip, and move on;
 * 交卷 after the last. 提示 and 纠错 are there throughout.
 */
function QuestionCard(props: CardProps) {
  const { question, number, feedback, saved, focusOnShow, isLast, unansweredElsewhere } = props;
  const hintPanel = useLazy(props.hint !== undefined, () => import('./HintPanel').then((m) => ({ default: m.HintPanel })));
  const report = <Report question={question} bankVersion={props.bankVersion} code={props.code} response={saved} />;
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
      onClick={() => props.onPrevious?.()}
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
        {props.hint !== undefined && (
          <p class="hint-used">
            <Icon name="hint" />
            这道题看过提示。
          </p>
        )}
        <div class="card__actions">
          {previous}
          <button type="button" class="button button--primary" onClick={() => props.onNext()}>
            {isLast ? '看看结果' : '下一题'}
          </button>
        </div>
        {report}
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
        props.onNext(draftIsEmpty ? undefined : draft);
      }}
    >
      <ReadQuestion question={question} number={number} />
      {props.reread && (
        <p class="notice">
          <Icon name="warning" />
          <span>
            这道题已经答错三次了。先<a href={href(citationPath(question, question.source))}>回到手册读一读它依据的那一段</a>
            ，或者点“提示”在这里看，再作答。
          </span>
        </p>
      )}
      <QuestionFields
        question={question}
        number={number}
        response={draft}
        fieldsetRef={fieldset}
        onChange={(response) => {
          setDraft(response);
          setMissing(false);
          // With feedback at the end a choice is the answer, kept at once (a reload or a closed tab keeps it).
          if (feedback === 'end' && !(Array.isArray(response) && response.length === 0)) props.onAnswer(response);
        }}
      />
      {props.hint === undefined ? (
        <p class="hint-ask">
          <button type="button" class="button" onClick={() => props.onHint(1)}>
            <Icon name="hint" />
            提示：看手册原文
          </button>
        </p>
      ) : hintPanel.value ? (
        <hintPanel.value question={question} level={props.hint} onNarrow={() => props.onHint(2)} />
      ) : (
        hintPanel.failed && <Loading failed />
      )}
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
        {feedback === 'each' && (
          <button type="button" class="button" onClick={() => props.onNext()}>
            {isLast ? '跳过，看结果' : '跳过这题'}
          </button>
        )}
      </div>
      {report}
    </form>
  );
}
