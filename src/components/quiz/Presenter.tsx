import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bank, BankQuestion } from '../../lib/quiz/bank';
import { setTitle } from '../../lib/quiz/describe';
import { keyAction, presenterStep, type PresenterAction } from '../../lib/quiz/presenter';
import type { QuizSet } from '../../lib/quiz/sets';
import { resumeStage } from '../../lib/session/live';
import { useRoom } from '../session/hooks';
import { Loading, useLazy } from '../lazy';
import { useFullScreen } from '../session/projector';
import { BankPending } from './BankPending';
import { Notices } from './Notices';
import type { ScreenProps } from './PresenterControls';
import PresenterEnd from './PresenterEnd';
import PresenterQuestion from './PresenterQuestion';
import { PresenterStart } from './PresenterStart';
import { SharedSet } from './SharedSet';
import { useBank } from './use-bank';

/** 支部学习: a set on the projector, one question per screen, with a QR code that opens the same set on phones. */
export default function Presenter({ children }: { children?: ComponentChildren }) {
  const state = useBank();
  if (state.status !== 'ready') return <BankPending state={state}>{children}</BankPending>;
  return (
    <SharedSet bank={state.bank} action="准备放映">
      {({ set, questions }, leave) => <Show key={set.code} bank={state.bank} set={set} questions={questions} onLeave={leave} />}
    </SharedSet>
  );
}

interface ShowProps {
  bank: Bank;
  set: QuizSet;
  questions: readonly BankQuestion[];
  onLeave: () => void;
}

/**
 * The projector view, in full screen on request: the screen that presenterStep gives (or 本场结果), driven by the
 * buttons and a clicker's keys; the room's session (screen, counts, scans) survives a reload. The start screen with
 * its QR code, the questions and the end are in the page's first JavaScript: one file compresses better than one per
 * screen, and a room goes through them all (issue 16 holds them together); 本场结果, the show of hands and the scanner
 * are fetched when first shown.
 */
function Show({ bank, set, questions, onLeave }: ShowProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [on, toggle] = useFullScreen(frame);
  const room = useRoom(set.code);
  const stage = resumeStage(room.session.stage, questions.length);
  const [showResults, setShowResults] = useState(false);
  const [seconds, setSeconds] = useState(0);
  // A screen takes focus when the presenter moves to it, not when the page opens on it.
  const [moved, setMoved] = useState(false);
  const act = (action: PresenterAction) => {
    setMoved(true);
    room.change((current) => ({ ...current, stage: presenterStep(resumeStage(current.stage, questions.length), action, questions.length) }));
  };
  useClickerKeys(act, toggle);
  const results = useLazy(showResults, () => import('../session/SessionResults'));

  const title = setTitle(set, bank.parts);
  const screen: ScreenProps = {
    title,
    set,
    questions,
    room,
    act,
    focus: moved,
    fullScreen: { on, toggle },
    onResults: () => {
      setMoved(true);
      setShowResults(true);
    },
  };
  const loading = (module: { failed: boolean }) => (
    <>
      <Notices notices={room.notices} />
      <Loading failed={module.failed} />
    </>
  );

  let shown;
  if (showResults)
    shown = results.value ? (
      <>
        <Notices notices={room.notices} />
        <results.value title={title} questions={questions} room={room} onBack={() => setShowResults(false)} />
      </>
    ) : (
      loading(results)
    );
  else if (stage.screen === 'start')
    shown = <PresenterStart {...screen} seconds={seconds} onSeconds={setSeconds} onLeave={onLeave} />;
  else if (stage.screen === 'question')
    shown = <PresenterQuestion key={stage.index} {...screen} index={stage.index} revealed={stage.revealed} seconds={seconds} onSeconds={setSeconds} />;
  else shown = <PresenterEnd {...screen} />;
  return (
    <div class="projector" ref={frame}>
      {shown}
    </div>
  );
}

/**
 * A presentation clicker's keys and the keyboard's drive the projector wherever focus is, except while typing a count
 * or a note, or on a control that Enter or space works; F puts it in full screen.
 */
function useClickerKeys(act: (action: PresenterAction) => void, toggleFullScreen: (() => void) | undefined) {
  const latest = useRef({ act, toggleFullScreen });
  latest.current = { act, toggleFullScreen };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      const target = event.target as Element;
      if (target.closest('input, textarea')) return;
      // The countdown menu keeps ↑ and ↓ to choose with, so that ← and → still move on after it was used with the mouse.
      if ((event.key === 'Enter' || event.key === ' ') && target.closest('button, a, summary, select')) return;
      if (event.key === 'f' || event.key === 'F') {
        latest.current.toggleFullScreen?.();
        return;
      }
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      latest.current.act(action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
