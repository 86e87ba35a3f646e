import { useEffect, useState } from 'preact/hooks';
import { codeInAddress, setParameter } from '../../lib/quiz/address';
import type { Bank } from '../../lib/quiz/bank';
import { forgetRemoved } from '../../lib/quiz/mistakes';
import { browserStorage, load, progressNotices, save, type Progress } from '../../lib/quiz/storage';
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
