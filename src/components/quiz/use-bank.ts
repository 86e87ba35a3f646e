import { useEffect, useState } from 'preact/hooks';
import type { Bank } from '../../lib/quiz/bank';
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
