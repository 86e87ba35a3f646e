import type { ComponentChildren } from 'preact';
import { setAddress } from '../../lib/quiz/address';
import { setTitle } from '../../lib/quiz/describe';
import { href } from '../../site';
import { BankPending } from './BankPending';
import { useBank } from './use-bank';
import { SharedSet } from './SharedSet';
import { Sheet } from './Sheet';

/** The printable quiz sheet of a set, by its code; without a code, a set to choose first. */
export default function SheetPage({ children }: { children?: ComponentChildren }) {
  const state = useBank();
  if (state.status !== 'ready') return <BankPending state={state}>{children}</BankPending>;
  const { bank } = state;
  return (
    <SharedSet bank={bank} action="生成答题纸">
      {({ set, questions }, leave) => (
        <>
          <div class="sheet-tools no-print">
            <button type="button" class="button button--primary" onClick={() => print()}>
              打印
            </button>
            <a class="button" href={href(setAddress('presenter', set.code))}>
              放映这组题
            </a>
            <button type="button" class="button" onClick={leave}>
              换一组题
            </button>
            <p class="muted">答案与解析从新的一页开始，可以只打印前面的题目页发给大家。</p>
          </div>
          <Sheet
            title={setTitle(set, bank.parts)}
            questions={questions}
            code={set.code}
            address={new URL(href(setAddress('selfCheck', set.code)), location.href).href}
          />
        </>
      )}
    </SharedSet>
  );
}
