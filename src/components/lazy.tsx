import { useEffect, useState } from 'preact/hooks';
import { reloadLabel } from '../lib/load-guard';

/**
 * Said where a part of the page fetched on demand could not be fetched: offline before it was cached, or the site
 * was published anew since the page was opened (its old files are gone, a reload brings the new ones).
 */
export const lazyFailed = '这部分没能载入：可能是网络断了，也可能网站刚更新过。请联网后刷新页面再试。';

/**
 * A module's default export, fetched the first time `wanted` is true (a screen the reader may never open stays out
 * of the first load); null until it arrives, and `failed` if it could not be fetched.
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

/** What stands where a module fetched on demand will show: 正在载入…… until it comes, or why it did not, with the reload. */
export function Loading({ failed, class: className }: { failed: boolean; class?: string }) {
  if (!failed)
    return (
      <p role="status" class={className}>
        正在载入……
      </p>
    );
  return <Failed message={lazyFailed} class={className} />;
}

/** Why something did not load, and the reload, announced as it appears. */
export function Failed({ message, class: className }: { message: string; class?: string | undefined }) {
  return (
    <div role="alert" class={className}>
      <p>{message}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {reloadLabel}
      </button>
    </div>
  );
}
