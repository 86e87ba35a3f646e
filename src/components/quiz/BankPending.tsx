import type { ComponentChildren } from 'preact';
import { failureText } from '../../lib/load-guard';
import { Failed } from '../lazy';
import type { BankState } from './use-bank';

/**
 * What a quiz page shows until the bank has loaded: the page's readable questions (its `children`, rendered on the
 * server) stay hidden while scripts load them (quiz.css), and come back with a message if loading fails.
 */
export function BankPending({ state, children }: { state: BankState; children?: ComponentChildren }) {
  if (state.status === 'failed')
    return (
      <>
        <Failed message={failureText(navigator.onLine === false ? 'offline' : 'failed', '题目')} class="notice" />
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
