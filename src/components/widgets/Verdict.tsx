import type { Verdict as Outcome } from '../../lib/widgets/slate';

const words: Record<Outcome, string> = { met: '符合', notMet: '不符合', cannotJudge: '无法判断' };

// A tick, a cross and a question mark: the shape tells the outcome apart, not only the colour.
const icons: Record<Outcome, string> = {
  met: 'M5 12.5l4.5 4.5L19 7.5',
  notMet: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  cannotJudge: 'M9 9.2a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.6M12 17.6v.4',
};

/** An outcome as a badge: icon and word, 符合 / 不符合 / 无法判断. */
export function Verdict({ outcome }: { outcome: Outcome }) {
  return (
    <span class={`verdict verdict--${outcome}`}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path d={icons[outcome]} fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {words[outcome]}
    </span>
  );
}
