import type { ComponentChildren } from 'preact';
import { failureText, reloadLabel } from '../../lib/load-guard';
import type { BankState } from './use-bank';

/**
 * What a quiz page shows until the bank has loaded: the page's readable questions (its `children`, rendered on the
 * server) stay hidden while scripts load them (quiz.css), and come back with a message if loading fails.
 */
export function BankPending({ state, children }: { state: BankState; children?: ComponentChildren }) {
  if (state.status === 'failed')
    return (
      <>
        <div class="notice" role="alert">
          <p>{failureText(navigator.onLine === false ? 'offline' : 'failed', '题目')}</p>
          <button type="button" class="button" onClick={() => location.reload()}>
            {reloadLabel}
          </button>
        </div>
        <div class="quiz-fallback quiz-fallback--shown">{children}</div>
      </>
    );
  return (
    <div class="quiz-pending">
      <p class="js-only muted" role="status">
        正在载入题目……
      </p>
      <div class="quiz-fallback">{children}</div>
    </div>
  );
}
