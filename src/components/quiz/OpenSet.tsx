import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Bank, BankQuestion } from '../../lib/quiz/bank';
import type { Responses } from '../../lib/quiz/check';
import { setTitle } from '../../lib/quiz/describe';
import { mistakeQuestions } from '../../lib/quiz/mistakes';
import { finishSet, noteHint, recordAnswer } from '../../lib/quiz/answering';
import { startSet } from '../../lib/quiz/progress';
import { needsReading } from '../../lib/quiz/review';
import { selfCheckScreen } from '../../lib/quiz/self-check';
import type { QuizSet, SetKind } from '../../lib/quiz/sets';
import type { Feedback, HintLevel, Progress } from '../../lib/quiz/storage';
import { FeedbackChoice } from './FeedbackChoice';
import { Problem } from './Problem';
import { Results } from './Results';
import { Run } from './Run';

interface Props {
  bank: Bank;
  /** The code in the address. */
  code: string;
  progress: Progress;
  change: (change: (progress: Progress) => Progress) => void;
  /** Whether the reader has acted on this page: then each new screen takes focus. */
  acted: boolean;
  onActed: () => void;
  /** Begins a fresh set of a kind (from the results: 练习错题本). */
  onStart: (set: SetKind, feedback: Feedback) => void;
  onLeave: () => void;
  /** The chooser, shown under a problem with the code. */
  children: ComponentChildren;
}

/** A finished set, kept on screen after its progress is dropped from storage. */
interface Finished {
  set: QuizSet;
  questions: readonly BankQuestion[];
  answers: Responses;
  feedback: Feedback;
  hints: Readonly<Record<string, HintLevel>>;
}

/**
 * A set opened by its code: begun (a question at a time), not yet begun (when to show right or wrong), finished
 * (the results), or a problem with the code above the chooser. Loaded once a set is opened.
 */
export function OpenSet({ bank, code, progress, change, acted, onActed, onStart, onLeave, children }: Props) {
  const [finished, setFinished] = useState<Finished | null>(null);
  const leave = () => {
    setFinished(null);
    onLeave();
  };
  const shown = selfCheckScreen(code, bank, progress, finished?.set.code);
  switch (shown.screen) {
    case 'chooser':
      return <>{children}</>;
    case 'problem':
      return <Problem message={shown.message}>{children}</Problem>;
    case 'results':
      return (
        finished && (
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
              const again = finished.set.kind === 'review' ? finished.questions.map((q) => q.id) : undefined;
              change((p) => startSet(p, finished.set.code, finished.feedback, again));
              setFinished(null);
              onActed();
            }}
            onMistakes={() => onStart({ kind: 'mistakes' }, finished.feedback)}
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
            onActed();
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
    }
  }
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
