import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon';
import './verdict.css';

/** What a verdict says: met or right (符合, 正确), not met or wrong (不符合, 错误), or that it cannot be told. */
export type VerdictTone = 'ok' | 'wrong' | 'unknown';

const icons: Record<VerdictTone, IconName> = { ok: 'tick', wrong: 'cross', unknown: 'question' };

/**
 * A judgement as a badge, its words beside a tick, a cross or a question mark, so that the shape tells it apart and
 * colour only adds to it: the widgets' 符合 / 不符合 / 无法判断 and the quiz's 回答正确 / 回答错误 / 正确答案.
 */
export function Verdict({ tone, children }: { tone: VerdictTone; children: ComponentChildren }) {
  return (
    <span class={`verdict verdict--${tone}`}>
      <Icon name={icons[tone]} />
      {children}
    </span>
  );
}
