import type { ComponentChildren } from 'preact';
import type { BankState } from './use-bank';

/**
 * What a quiz page shows until the bank has loaded: the page's readable questions (its `children`, rendered on the
 * server) stay hidden while scripts load them (quiz.css), and come back with a message if loading fails.
 */
export function BankPending({ state, children }: { state: BankState; children?: ComponentChildren }) {
  if (state.status === 'failed')
    return (
      <>
        <p class="notice" role="alert">
          题目没能载入，可能是网络断了。请检查网络后刷新页面。
        </p>
        <div class="quiz-fallback quiz-fallback--shown">{children}</div>
      </>
    );
  return (
    <>
      <p class="js-only muted" role="status">
        正在载入题目……
      </p>
      <div class="quiz-fallback">{children}</div>
    </>
  );
}
