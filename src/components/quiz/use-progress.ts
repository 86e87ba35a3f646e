import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import { forgetRemoved } from '../../lib/quiz/mistakes';
import { takeIntoSchedule } from '../../lib/quiz/progress';
import { browserStorage, load, progressNotices, storageKey, update, type Progress } from '../../lib/quiz/storage';

/**
 * The reader's saved progress, and the notices about it, kept in step with storage. Every change is applied to what
 * is stored at that moment and saved before the next screen is drawn (a reload straight after an answer keeps it,
 * and a second tab's sets survive); a change saved by another tab shows here at once (`storage` events).
 * Call only in the browser (in components shown once the bank has loaded), since it reads localStorage.
 */
export function useProgress(bank: Bank): [Progress, (change: (progress: Progress) => Progress) => void, string[]] {
  const [storage] = useState(browserStorage);
  const [loaded] = useState(() => load(storage));
  const known = (p: Progress): Progress => ({ ...p, mistakes: forgetRemoved(p.mistakes, bank.questions) });
  const [progress, setProgress] = useState<Progress>(() => known(loaded.data));
  const current = useRef(progress);
  const [notices, setNotices] = useState(loaded.notices);
  const show = (data: Progress) => {
    current.current = data;
    setProgress(data);
  };
  const change = (fn: (p: Progress) => Progress) => {
    const result = update(storage, current.current, (p) => fn(known(p)));
    show(result.data);
    // Progress of a newer version is left alone on purpose; load() has said so.
    if (!result.saved && !loaded.newer)
      setNotices((shown) => (shown.includes(progressNotices.unavailable) ? shown : [...shown, progressNotices.unavailable]));
  };
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key !== storageKey && event.key !== null) return;
      const fresh = load(storage);
      if (!fresh.newer) show(known(fresh.data));
    };
    addEventListener('storage', follow);
    return () => removeEventListener('storage', follow);
  }, []);
  // Answers wait in storage until the scheduler (ts-fsrs) arrives; it is loaded only once there are any.
  const waiting = progress.waiting.length > 0;
  useEffect(() => {
    if (waiting) void import('../../lib/quiz/scheduler').then(({ schedule }) => change((p) => takeIntoSchedule(p, schedule)));
  }, [waiting]);
  return [progress, change, notices];
}
