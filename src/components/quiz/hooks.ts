import { useEffect, useRef, useState } from 'preact/hooks';
import { codeInAddress, setParameter } from '../../lib/quiz/address';
import type { Bank } from '../../lib/quiz/bank';
import { forgetRemoved } from '../../lib/quiz/mistakes';
import { takeIntoSchedule } from '../../lib/quiz/progress';
import { browserStorage, load, progressNotices, storageKey, update, type Progress } from '../../lib/quiz/storage';
import { href } from '../../site';

/** The question bank as fetched: loading, ready, or failed (offline, say). */
export type BankState = { status: 'loading' } | { status: 'ready'; bank: Bank } | { status: 'failed' };

/** Fetches the question bank (/quiz/questions.json) once the page is running in a browser. */
export function useBank(): BankState {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    fetch(href('/quiz/questions.json'))
      .then((response) => (response.ok ? (response.json() as Promise<Bank>) : Promise.reject(new Error(response.statusText))))
      .then(
        (bank) => current && setState({ status: 'ready', bank }),
        () => current && setState({ status: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

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

/** The set code in the address (?set=…), and a way to change it that the browser's Back button undoes. */
export function useAddressCode(): [string | null, (code: string | null) => void] {
  const [code, setCode] = useState(() => codeInAddress(location.search));
  useEffect(() => {
    const follow = () => setCode(codeInAddress(location.search));
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  const go = (next: string | null) => {
    const url = new URL(location.href);
    if (next === null) url.searchParams.delete(setParameter);
    else url.searchParams.set(setParameter, next);
    url.hash = '';
    history.pushState(null, '', url);
    setCode(next);
    scrollTo({ top: 0 });
  };
  return [code, go];
}

/** A module loaded the first time it is wanted, to keep it out of the page's first JavaScript; null until then. */
export function useLazy<T>(loader: () => Promise<T>): [T | null, () => void] {
  const [module, setModule] = useState<T | null>(null);
  const want = () => {
    if (!module) void loader().then((loaded) => setModule(() => loaded));
  };
  return [module, want];
}
