import { useEffect, useState } from 'preact/hooks';
import { codeInAddress, setParameter } from '../../lib/quiz/address';

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
