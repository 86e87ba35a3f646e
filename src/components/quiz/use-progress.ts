import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import { forgetRemoved } from '../../lib/quiz/mistakes';
import { takeIntoSchedule } from '../../lib/quiz/progress';
import { load, progressNotices, update, type Change, type Progress } from '../../lib/quiz/storage';
import { browserStorage, versionedKeys } from '../../lib/versioned-storage';

/**
 * The reader's saved progress, and the notices about it, kept in step with storage. Every change is applied to what
 * is stored at that moment and saved before the next screen is drawn (a reload straight after an answer keeps it,
 * and a second tab's sets survive); a change storage refused is tried again with the next one and as the page is
 * hidden or left (`pagehide`, and `visibilitychange`, the last event a phone's browser may send before it discards
 * the tab); a change saved by another tab shows here at once (`storage` events).
 * Call only in the browser (in components shown once the bank has loaded), since it reads localStorage.
 */
export function useProgress(bank: Bank): [Progress, (change: Change) => void, string[]] {
  const [storage] = useState(browserStorage);
  const [loaded] = useState(() => load(storage));
  const known = (p: Progress): Progress => ({ ...p, mistakes: forgetRemoved(p.mistakes, bank.questions) });
  const [progress, setProgress] = useState<Progress>(() => known(loaded.data));
  const current = useRef(progress);
  const unsaved = useRef<Change[]>([]);
  const [notices, setNotices] = useState(loaded.notices);
  const show = (data: Progress) => {
    current.current = data;
    setProgress(data);
  };
  const apply = (fn: Change) => {
    const result = update(storage, current.current, (p) => fn(known(p)), unsaved.current);
    unsaved.current = result.unsaved;
    return result;
  };
  const change = (fn: Change) => {
    const result = apply(fn);
    show(result.data);
    // Progress of a newer version is left alone on purpose; load() has said so.
    if (!result.saved && !loaded.newer)
      setNotices((shown) => (shown.includes(progressNotices.unavailable) ? shown : [...shown, progressNotices.unavailable]));
  };
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key !== versionedKeys.quiz.key && event.key !== null) return;
      const fresh = load(storage);
      // The changes still unsaved here stay shown: they are tried again on top of the other tab's.
      if (!fresh.newer) show(unsaved.current.reduce((p, next) => next(p), known(fresh.data)));
    };
    const leaving = () => {
      if (unsaved.current.length > 0) show(apply((p) => p).data);
    };
    const hidden = () => document.visibilityState === 'hidden' && leaving();
    addEventListener('storage', follow);
    addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('storage', follow);
      removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);
  // Answers wait in storage until the scheduler (ts-fsrs) arrives; it is loaded only once there are any.
  const waiting = progress.waiting.length > 0;
  useEffect(() => {
    if (waiting) void import('../../lib/quiz/scheduler').then(({ schedule }) => change((p) => takeIntoSchedule(p, schedule)));
  }, [waiting]);
  return [progress, change, notices];
}
