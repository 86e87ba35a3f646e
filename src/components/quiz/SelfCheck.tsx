import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import { clearMistakes, reviewIds, startSet } from '../../lib/quiz/progress';
import { newCode, type SetKind } from '../../lib/quiz/sets';
import { emptyProgress, type Feedback } from '../../lib/quiz/storage';
import { BankPending } from './BankPending';
import { Chooser } from './Chooser';
import { Notices } from './Notices';
import { useAddressCode } from './use-address-code';
import { useBank } from './use-bank';
import { Loading, useLazy } from '../lazy';
import { useProgress } from './use-progress';

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

function SelfCheckReady({ bank, initial }: { bank: Bank; initial: SetKind | undefined }) {
  const [progress, change, notices] = useProgress(bank);
  const [code, setCode] = useAddressCode();
  // A set's screens (OpenSet.tsx) load once a set is opened: the quiz home needs none of them.
  const screens = useLazy(code !== null, () => import('./OpenSet').then((m) => ({ default: m.OpenSet })));
  // Once the reader has acted on this page, each new screen takes focus; on arrival the page keeps it.
  const [acted, setActed] = useState(false);
  const go = (next: string | null) => {
    setActed(true);
    setCode(next);
  };

  const start = (set: SetKind, feedback: Feedback) => {
    const fresh = newCode(set, bank.parts);
    // 今日复习 keeps the questions due as it begins.
    change((p) => startSet(p, fresh, feedback, set.kind === 'review' ? reviewIds(p, bank) : undefined));
    go(fresh);
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

  return (
    <div class="quiz">
      <Notices notices={notices} />
      {code === null ? (
        chooser
      ) : screens.value ? (
        <screens.value
          bank={bank}
          code={code}
          progress={progress}
          change={change}
          acted={acted}
          onActed={() => setActed(true)}
          onStart={start}
          onLeave={() => go(null)}
        >
          {chooser}
        </screens.value>
      ) : (
        <div class="quiz-pending">{screens.failed && <Loading failed />}</div>
      )}
    </div>
  );
}
