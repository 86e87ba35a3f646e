import type { VNode } from 'preact';
import type { Bank } from '../../lib/quiz/bank';
import { newCode, resolveSet, type ResolvedSet } from '../../lib/quiz/sets';
import { Loading, useLazy } from '../lazy';
import { useAddressCode } from './use-address-code';
import { Problem } from './Problem';

interface Props {
  bank: Bank;
  /** The chooser's button, e.g. 准备放映. */
  action: string;
  /** Shows the set; `leave` goes back to choosing another. */
  children: (set: Extract<ResolvedSet, { ok: true }>, leave: () => void) => VNode;
}

/**
 * The set a room shares (on the projector and on paper), named by the code in the address; without a code, a set to
 * choose, which gets a fresh code. The 错题本 is each reader's own, so it is never drawn on here. The chooser is
 * fetched only when shown: a room's set usually arrives by its address.
 */
export function SharedSet({ bank, action, children }: Props) {
  const [code, go] = useAddressCode();
  const resolved = code === null ? null : resolveSet(code, bank);
  const choosing = resolved === null || !resolved.ok || resolved.questions.length === 0;
  const picker = useLazy(choosing, () => import('./SetPicker').then((m) => ({ default: m.SetPicker })));
  const chooser = picker.value ? (
    <picker.value bank={bank} action={action} onChoose={(set) => go(newCode(set, bank.parts))} />
  ) : (
    <Loading failed={picker.failed} />
  );
  if (resolved === null) return chooser;
  if (!resolved.ok) return <Problem message={resolved.error}>{chooser}</Problem>;
  if (resolved.questions.length === 0) return <Problem message="这一组没有题目。请选一组别的题。">{chooser}</Problem>;
  return children(resolved, () => go(null));
}
