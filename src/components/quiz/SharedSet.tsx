import type { VNode } from 'preact';
import type { Bank } from '../../lib/quiz/bank';
import { newCode, resolveSet, type ResolvedSet } from '../../lib/quiz/sets';
import { useAddressCode } from './use-address-code';
import { Problem } from './Problem';
import { SetPicker } from './SetPicker';

interface Props {
  bank: Bank;
  /** The chooser's button, e.g. 准备放映. */
  action: string;
  /** Shows the set; `leave` goes back to choosing another. */
  children: (set: Extract<ResolvedSet, { ok: true }>, leave: () => void) => VNode;
}

/**
 * The set a room shares (on the projector and on paper), named by the code in the address; without a code, a set to
 * choose, which gets a fresh code. The 错题本 is each reader's own, so it is never drawn on here.
 */
export function SharedSet({ bank, action, children }: Props) {
  const [code, go] = useAddressCode();
  const picker = <SetPicker bank={bank} action={action} onChoose={(set) => go(newCode(set, bank.parts))} />;
  if (code === null) return picker;
  const resolved = resolveSet(code, bank);
  if (!resolved.ok) return <Problem message={resolved.error}>{picker}</Problem>;
  if (resolved.questions.length === 0) return <Problem message="这一组没有题目。请选一组别的题。">{picker}</Problem>;
  return children(resolved, () => go(null));
}
