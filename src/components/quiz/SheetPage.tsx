import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { setAddress } from '../../lib/quiz/address';
import { setTitle } from '../../lib/quiz/describe';
import { href } from '../../site';
import { BankPending } from './BankPending';
import { useBank } from './use-bank';
import { SharedSet } from './SharedSet';
import { Sheet } from './Sheet';
import { SignInSheet } from '../session/SignInSheet';

/** The printable quiz sheet of a set, by its code; without a code, a set to choose first. */
export default function SheetPage({ children }: { children?: ComponentChildren }) {
  const state = useBank();
  const [large, setLarge] = useState(false);
  const [signIn, setSignIn] = useState(false);
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
            <label>
              <input type="checkbox" checked={large} onChange={(e) => setLarge(e.currentTarget.checked)} /> 大字版
            </label>
            <label>
              <input type="checkbox" checked={signIn} onChange={(e) => setSignIn(e.currentTarget.checked)} /> 附签到表（单独一页，在最前）
            </label>
            <p class="muted">题目之后是答题卡，再后是一页答案速查和答案与解析，各从新的一页开始，可以只打印前面的题目页发给大家。</p>
          </div>
          {signIn && <SignInSheet title={setTitle(set, bank.parts)} />}
          <Sheet
            large={large}
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
