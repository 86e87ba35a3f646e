import { useEffect, useRef } from 'preact/hooks';
import { setAddress } from '../../lib/quiz/address';
import type { Bank } from '../../lib/quiz/bank';
import { setTitle } from '../../lib/quiz/describe';
import { mistakeQuestions } from '../../lib/quiz/mistakes';
import { unfinishedSets } from '../../lib/quiz/progress';
import type { SetKind } from '../../lib/quiz/sets';
import type { Feedback, Progress } from '../../lib/quiz/storage';
import { href } from '../../site';
import { ConfirmButton } from './ConfirmButton';
import { SetPicker } from './SetPicker';

interface Props {
  bank: Bank;
  progress: Progress;
  initial: SetKind | undefined;
  /** Whether the first heading takes focus: yes when the reader comes back from a set. */
  focusOnShow: boolean;
  onStart: (set: SetKind, feedback: Feedback) => void;
  /** Opens a set begun before, by its code. */
  onOpen: (code: string) => void;
  onClearMistakes: () => void;
  onClearAll: () => void;
}

/** The self-check start page: sets begun to take up, a new set to choose, the 错题本, and a way to clear it all. */
export function Chooser({ bank, progress, initial, focusOnShow, onStart, onOpen, onClearMistakes, onClearAll }: Props) {
  const unfinished = unfinishedSets(progress, bank);
  const mistakes = mistakeQuestions(progress.mistakes, bank.questions);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) top.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return (
    <div class="chooser" ref={top}>
      {unfinished.length > 0 && (
        <section class="chooser__section" aria-labelledby="unfinished-title">
          <h2 id="unfinished-title" tabIndex={-1}>接着做</h2>
          <ul class="unfinished">
            {unfinished.map(({ set, answered, total }) => (
              <li key={set.code}>
                <a
                  href={href(setAddress('selfCheck', set.code))}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(set.code);
                  }}
                >
                  {setTitle(set, bank.parts)}
                </a>
                <span class="muted">
                  已答{answered}题，共{total}题 · 编号 <span class="code">{set.code}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="chooser__section" aria-labelledby="new-set-title">
        <h2 id="new-set-title" tabIndex={-1}>开始新的练习</h2>
        <SetPicker bank={bank} initial={initial} mistakes={progress.mistakes} askFeedback action="开始练习" onChoose={onStart} />
      </section>

      <section class="chooser__section" aria-labelledby="mistakes-title">
        <h2 id="mistakes-title">错题本</h2>
        {mistakes.length === 0 ? (
          <p>错题本里还没有题。答错的题会自动收进来；再答对一次，就会移出去。</p>
        ) : (
          <>
            <p>错题本里有{mistakes.length}道题。再答对一次，题就会移出错题本。</p>
            <div class="card__actions">
              <button type="button" class="button button--primary" onClick={() => onStart({ kind: 'mistakes' }, 'each')}>
                练习错题本
              </button>
              <ConfirmButton label="清空错题本" question="错题本里的题会全部删除。确定吗？" onConfirm={onClearMistakes} />
            </div>
          </>
        )}
      </section>

      <section class="chooser__section" aria-labelledby="records-title">
        <h2 id="records-title">本机上的记录</h2>
        <p>练习进度和错题本只保存在这台设备的这个浏览器里，不会上传。</p>
        <ConfirmButton
          label="清除全部练习记录"
          question="没做完的练习和错题本都会删除。确定吗？"
          onConfirm={onClearAll}
        />
      </section>
    </div>
  );
}
