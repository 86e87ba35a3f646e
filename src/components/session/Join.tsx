import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { quizPages } from '../../lib/quiz/address';
import type { Bank } from '../../lib/quiz/bank';
import { setTitle } from '../../lib/quiz/describe';
import { finishSet, noteHint, recordAnswer } from '../../lib/quiz/answering';
import { startSet } from '../../lib/quiz/progress';
import { needsReading } from '../../lib/quiz/review';
import { resolveSet } from '../../lib/quiz/sets';
import { browserStorage } from '../../lib/versioned-storage';
import { loadPhone, savePhone, withFinished, withoutFinished } from '../../lib/session/phone';
import { href } from '../../site';
import { BankPending } from '../quiz/BankPending';
import { useAddressCode } from '../quiz/use-address-code';
import { useBank } from '../quiz/use-bank';
import { useProgress } from '../quiz/use-progress';
import { Notices } from '../quiz/Notices';
import { Problem } from '../quiz/Problem';
import { Results } from '../quiz/Results';
import { Run } from '../quiz/Run';
import { ResultCode } from './ResultCode';

/**
 * A member's phone in a study session, opened from the presenter's QR code: the room's set, answered with right or
 * wrong shown at the end (the projector reveals each answer in its own time), then a result QR code for the
 * secretary to scan, and the explanations.
 */
export default function Join({ children }: { children?: ComponentChildren }) {
  const state = useBank();
  if (state.status !== 'ready') return <BankPending state={state}>{children}</BankPending>;
  return <Room bank={state.bank} />;
}

function Room({ bank }: { bank: Bank }) {
  const [code] = useAddressCode();
  const [progress, change, notices] = useProgress(bank);
  const [storage] = useState(browserStorage);
  const [phone, setPhone] = useState(() => loadPhone(storage));
  // The explanations wait for a tap: the result code comes first, and the review takes focus when it opens.
  const [review, setReview] = useState(false);
  const keep = (next: typeof phone) => {
    setPhone(next);
    savePhone(storage, next);
  };
  const elsewhere = (
    <p>
      请扫支部学习屏幕上的二维码打开本场的题，或打开<a href={href(quizPages.selfCheck)}>自测练习</a>自己练习。
    </p>
  );
  if (code === null) return <Problem message="这个页面要从支部学习屏幕上的二维码打开。">{elsewhere}</Problem>;
  const resolved = resolveSet(code, bank);
  if (!resolved.ok) return <Problem message={resolved.error}>{elsewhere}</Problem>;
  const { set, questions } = resolved;
  if (questions.length === 0) return <Problem message="这一组没有题目。">{elsewhere}</Problem>;
  const title = setTitle(set, bank.parts);
  const finished = phone.finished[set.code];

  return (
    <div class="quiz">
      <Notices notices={notices} />
      {finished ? (
        <>
          <ResultCode code={set.code} phone={phone.phone} questions={questions} answers={finished} />
          {!review ? (
            <p>
              <button type="button" class="button" onClick={() => setReview(true)}>
                查看逐题解析
              </button>
            </p>
          ) : (
          <Results
            title={title}
            questions={questions}
            answers={finished}
            hints={progress.sets[set.code]?.hints ?? {}}
            code={set.code}
            bankVersion={bank.version}
            parts={bank.parts}
            mistakeCount={0}
            onAgain={() => {
              setReview(false);
              keep(withoutFinished(phone, set.code));
              change((p) => startSet(p, set.code, 'end'));
            }}
            onMistakes={() => undefined}
            onLeave={() => location.assign(href(quizPages.selfCheck))}
          />
          )}
        </>
      ) : (
        <Run
          key={set.code}
          title={title}
          code={set.code}
          questions={questions}
          feedback="end"
          answers={progress.sets[set.code]?.answers ?? {}}
          bankVersion={bank.version}
          hints={progress.sets[set.code]?.hints ?? {}}
          toReread={(question) => needsReading(progress.review, progress.waiting, question.id)}
          focusOnShow={false}
          onAnswer={(question, response) => change((p) => recordAnswer(p, set.code, 'end', question, response))}
          onHint={(question, level) => change((p) => noteHint(p, set.code, question.id, level))}
          onFinish={(answers) => {
            keep(withFinished(phone, set.code, answers));
            change((p) => finishSet(p, set.code, questions));
          }}
          onRestart={() => change((p) => startSet(p, set.code, 'end'))}
          onLeave={() => location.assign(href(quizPages.selfCheck))}
        />
      )}
    </div>
  );
}
