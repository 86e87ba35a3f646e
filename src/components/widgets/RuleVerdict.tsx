import type { Outcome } from '../../lib/widgets/slate';
import { Verdict, type VerdictTone } from '../Verdict';

const words: Record<Outcome, string> = { met: '符合', notMet: '不符合', cannotJudge: '无法判断' };
const tones: Record<Outcome, VerdictTone> = { met: 'ok', notMet: 'wrong', cannotJudge: 'unknown' };

/** Whether a rule is met, as the one verdict badge: 符合 / 不符合 / 无法判断. */
export function RuleVerdict({ outcome }: { outcome: Outcome }) {
  return <Verdict tone={tones[outcome]}>{words[outcome]}</Verdict>;
}
