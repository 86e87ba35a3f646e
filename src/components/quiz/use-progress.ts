import { useEffect, useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
import { forgetRemoved } from '../../lib/quiz/mistakes';
import { browserStorage, load, progressNotices, save, type Progress } from '../../lib/quiz/storage';

/**
 * The reader's saved progress, and the notices about it, kept in step with storage: every change is saved at once.
 * Call only in the browser (in components shown once the bank has loaded), since it reads localStorage.
 */
export function useProgress(bank: Bank): [Progress, (change: (progress: Progress) => Progress) => void, string[]] {
  const [storage] = useState(browserStorage);
  const [loaded] = useState(() => load(storage));
  const [progress, setProgress] = useState<Progress>(() => ({
    ...loaded.data,
    mistakes: forgetRemoved(loaded.data.mistakes, bank.questions),
  }));
  const [notices, setNotices] = useState(loaded.notices);
  useEffect(() => {
    // Saving also replaces whatever load() found broken with what it kept.
    if (!save(storage, progress))
      setNotices((shown) => (shown.includes(progressNotices.unavailable) ? shown : [...shown, progressNotices.unavailable]));
  }, [progress]);
  return [progress, setProgress, notices];
}
