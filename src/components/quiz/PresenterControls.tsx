import { useEffect, useRef } from 'preact/hooks';
import type { BankQuestion } from '../../lib/quiz/bank';
import type { PresenterAction } from '../../lib/quiz/presenter';
import type { QuizSet } from '../../lib/quiz/sets';
import type { Room } from '../session/hooks';

/** What every presenter screen is given by the switch in Presenter.tsx. */
export interface ScreenProps {
  title: string;
  set: QuizSet;
  questions: readonly BankQuestion[];
  /** The session under way: the screen shown, the counts, the scans. */
  room: Room;
  act: (action: PresenterAction) => void;
  /** Whether the screen takes focus when shown: not on the page's first screen, only after the presenter moved. */
  focus: boolean;
  fullScreen: { on: boolean; toggle: (() => void) | undefined };
  /** Opens 本场结果. */
  onResults: () => void;
}

/**
 * A ref for the screen's heading, which takes focus when the screen is shown (so the keys keep working after a
 * button was clicked) if `focus`.
 */
export function useFocusOnShow(focus: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus({ preventScroll: true });
  }, []);
  return heading;
}

/** 全屏放映, where the browser can put the page in full screen. */
export function FullScreenButton({ fullScreen }: { fullScreen: ScreenProps['fullScreen'] }) {
  if (!fullScreen.toggle) return null;
  return (
    <button type="button" class="button" onClick={fullScreen.toggle}>
      {fullScreen.on ? '退出全屏（F）' : '全屏放映（F）'}
    </button>
  );
}

/** The keys, spelled out on screen. */
export function KeyHelp() {
  return <p class="presenter__keys muted">键盘或翻页笔：→、空格或 PageDown 下一题　←、PageUp 上一题　Enter、B 或句号 显示答案　F 全屏</p>;
}
