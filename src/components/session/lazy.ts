import { useEffect, useState } from 'preact/hooks';

/** Said where a part of the page fetched on demand could not be fetched. */
export const lazyFailed = '这部分没能载入，可能是网络断了。请联网后刷新页面再试；举手统计和答题纸照常可用。';

/**
 * A module's default export, fetched the first time `wanted` is true (a screen the presenter may never open stays out
 * of the first load); null until it arrives, and `failed` if it could not be fetched (offline before it was cached).
 */
export function useLazy<T>(wanted: boolean, load: () => Promise<{ default: T }>): { value: T | null; failed: boolean } {
  const [state, setState] = useState<{ value: T | null; failed: boolean }>({ value: null, failed: false });
  useEffect(() => {
    if (!wanted || state.value) return;
    load().then(
      (module) => setState({ value: module.default, failed: false }),
      () => setState({ value: null, failed: true }),
    );
  }, [wanted]);
  return state;
}
