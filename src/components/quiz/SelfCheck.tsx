import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import type { Responses } from '../../lib/quiz/check';
import { setTitle } from '../../lib/quiz/describe';
import { mistakeQuestions } from '../../lib/quiz/mistakes';
import { clearMistakes, finishSet, noteHint, questionsOf, recordAnswer, reviewIds, startSet } from '../../lib/quiz/progress';
import { needsReading } from '../../lib/quiz/review';
import { newCode, type QuizSet, type SetKind } from '../../lib/quiz/sets';
import { emptyProgress, type Feedback, type HintLevel } from '../../lib/quiz/storage';
import type { Question } from '../../schemas/question';
import { BankPending } from './BankPending';
import { Chooser } from './Chooser';
import { FeedbackChoice } from './FeedbackChoice';
import { useAddressCode, useBank, useProgress } from './hooks';
import { Notices } from './Notices';
import { Problem } from './Problem';
import { Results } from './Results';
import { Run } from './Run';

interface Props {
  /** The set offered first: the page's own (选举纪律专题 on /quiz/, a part on /quiz/<part>/). */
  initial?: SetKind;
  /** The page's questions as readable HTML, shown until scripts take over and if they cannot. */
  children?: ComponentChildren;
}

/** Self-check (自测): choose a set, answer it on this device, see the result; progress and 错题本 are kept. */
export default function SelfCheck({ initial, children }: Props) {
  const state = useBank();
  if (state.status !== 'ready') return <BankPending state={state}>{children}</BankPending>;
  return <Practice bank={state.bank} initial={initial} />;
}

/** A finished set, kept on screen after its progress is dropped from storage. */
interface Finished {
  set: QuizSet;
  questions: readonly Question[];
  answers: Responses;
  feedback: Feedback;
  hints: Readonly<Record<string, HintLevel>>;
}

function Practice({ bank, initial }: { bank: Bank; initial: SetKind | undefined }) {
  const [progress, change, notices] = useProgress(bank);
  const [code, setCode] = useAddressCode();
  const [finished, setFinished] = useState<Finished | null>(null);
  // Once the reader has acted on this page, each new screen takes focus; on arrival the page keeps it.
  const [acted, setActed] = useState(false);
  const go = (next: string | null) => {
    setActed(true);
    setCode(next);
  };

  const start = (set: SetKind, feedback: Feedback) => {
    const fresh = newCode(set);
    // 今日复习 keeps the questions due as it begins.
    change((p) => startSet(p, fresh, feedback, set.kind === 'review' ? reviewIds(p, bank.questions) : undefined));
    setFinished(null);
    go(fresh);
  };
  const leave = () => {
    setFinished(null);
    go(null);
  };
  const chooser = (
    <Chooser
      bank={bank}
      progress={progress}
      initial={initial}
      focusOnShow={acted}
      onStart={start}
      onOpen={go}
      onClearMistakes={() => change(clearMistakes)}
      onClearAll={() => change(emptyProgress)}
    />
  );

  const screen = () => {
    if (code === null) return chooser;
    const resolved = questionsOf(code, bank.questions, progress);
    if (!resolved.ok) return <Problem message={resolved.error}>{chooser}</Problem>;
    if (finished?.set.code === resolved.set.code)
      return (
        <Results
          title={setTitle(finished.set, bank.parts)}
          questions={finished.questions}
          answers={finished.answers}
          hints={finished.hints}
          code={finished.set.code}
          bankVersion={bank.version}
          parts={bank.parts}
          mistakeCount={mistakeQuestions(progress.mistakes, bank.questions).length}
          onAgain={() => {
            change((p) => startSet(p, finished.set.code, finished.feedback, finished.set.kind === 'review' ? finished.questions.map((q) => q.id) : undefined));
            setFinished(null);
            setActed(true);
          }}
          onMistakes={() => start({ kind: 'mistakes' }, finished.feedback)}
          onLeave={leave}
        />
      );
    const { set, questions } = resolved;
    // Only 错题练习 can come out empty, once every mistake in it has been answered right; and 今日复习 opened
    // where it was not begun (on another device, say).
    if (questions.length === 0)
      return (
        <Problem message={set.kind === 'review' ? '这组今日复习不是在这个浏览器里开始的，没有题可做。请从下面重新开始。' : '错题本里现在没有题，这组错题练习没有题可做。请选一组新的题。'}>
          {chooser}
        </Problem>
      );
    const saved = progress.sets[set.code];
    if (!saved)
      return (
        <Start
          title={setTitle(set, bank.parts)}
          code={set.code}
          count={questions.length}
          onStart={(feedback) => {
            change((p) => startSet(p, set.code, feedback));
            setActed(true);
          }}
          onLeave={leave}
        />
      );
    return (
      <Run
        key={set.code}
        title={setTitle(set, bank.parts)}
        code={set.code}
        questions={questions}
        feedback={saved.feedback}
        answers={saved.answers}
        parts={bank.parts}
        bankVersion={bank.version}
        hints={saved.hints ?? {}}
        toReread={(question) => needsReading(progress.review, progress.waiting, question.id)}
        focusOnShow={acted}
        onAnswer={(question, response) => change((p) => recordAnswer(p, set.code, saved.feedback, question, response))}
        onHint={(question, level) => change((p) => noteHint(p, set.code, question.id, level))}
        onFinish={(answers) => {
          setFinished({ set, questions, answers, feedback: saved.feedback, hints: saved.hints ?? {} });
          change((p) => finishSet(p, set.code, questions));
        }}
        onRestart={() => change((p) => startSet(p, set.code, saved.feedback, saved.questions))}
        onLeave={leave}
      />
    );
  };

  return (
    <div class="quiz">
      <Notices notices={notices} />
      {screen()}
    </div>
  );
}

/** A set opened by its address (from a QR code, say) and not yet begun: what it is, and when to show right or wrong. */
function Start(props: { title: string; code: string; count: number; onStart: (feedback: Feedback) => void; onLeave: () => void }) {
  const [feedback, setFeedback] = useState<Feedback>('each');
  return (
    <section class="start" aria-labelledby="start-title">
      <h2 id="start-title">{props.title}</h2>
      <p>
        共{props.count}题 · 练习编号 <span class="code">{props.code}</span>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onStart(feedback);
        }}
      >
        <FeedbackChoice value={feedback} onChange={setFeedback} />
        <div class="card__actions">
          <button type="submit" class="button button--primary">
            开始练习
          </button>
          <button type="button" class="button" onClick={props.onLeave}>
            换一组题
          </button>
        </div>
      </form>
    </section>
  );
}
