import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Bank, BankQuestion } from '../../lib/quiz/bank';
import type { Responses } from '../../lib/quiz/check';
import { setTitle } from '../../lib/quiz/describe';
import { mistakeQuestions } from '../../lib/quiz/mistakes';
import { clearMistakes, finishSet, recordAnswer, startSet } from '../../lib/quiz/progress';
import { selfCheckScreen } from '../../lib/quiz/self-check';
import { newCode, type QuizSet, type SetKind } from '../../lib/quiz/sets';
import { emptyProgress, type Feedback } from '../../lib/quiz/storage';
import { BankPending } from './BankPending';
import { Chooser } from './Chooser';
import { FeedbackChoice } from './FeedbackChoice';
import { useAddressCode } from './use-address-code';
import { useBank } from './use-bank';
import { useProgress } from './use-progress';
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
  return <SelfCheckReady bank={state.bank} initial={initial} />;
}

/** A finished set, kept on screen after its progress is dropped from storage. */
interface Finished {
  set: QuizSet;
  questions: readonly BankQuestion[];
  answers: Responses;
  feedback: Feedback;
}

function SelfCheckReady({ bank, initial }: { bank: Bank; initial: SetKind | undefined }) {
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
    const fresh = newCode(set, bank.parts);
    change((p) => startSet(p, fresh, feedback));
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
    const shown = selfCheckScreen(code, bank, progress, finished?.set.code);
    switch (shown.screen) {
      case 'chooser':
        return chooser;
      case 'problem':
        return <Problem message={shown.message}>{chooser}</Problem>;
      case 'results':
        return (
          finished && (
            <Results
              title={setTitle(finished.set, bank.parts)}
              questions={finished.questions}
              answers={finished.answers}
              parts={bank.parts}
              mistakeCount={mistakeQuestions(progress.mistakes, bank.questions).length}
              onAgain={() => {
                change((p) => startSet(p, finished.set.code, finished.feedback));
                setFinished(null);
                setActed(true);
              }}
              onMistakes={() => start({ kind: 'mistakes' }, finished.feedback)}
              onLeave={leave}
            />
          )
        );
      case 'start': {
        const { set, questions } = shown;
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
      }
      case 'run': {
        const { set, questions, saved } = shown;
        return (
          <Run
            key={set.code}
            title={setTitle(set, bank.parts)}
            code={set.code}
            questions={questions}
            feedback={saved.feedback}
            answers={saved.answers}
            focusOnShow={acted}
            onAnswer={(question, response) => change((p) => recordAnswer(p, set.code, saved.feedback, question, response))}
            onFinish={(answers) => {
              setFinished({ set, questions, answers, feedback: saved.feedback });
              change((p) => finishSet(p, set.code, questions));
            }}
            onRestart={() => change((p) => startSet(p, set.code, saved.feedback))}
            onLeave={leave}
          />
        );
      }
    }
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
