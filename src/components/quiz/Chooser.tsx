import { useEffect, useRef } from 'preact/hooks';
import { setAddress } from '../../lib/quiz/address';
import type { Bank } from '../../lib/quiz/bank';
import { setTitle } from '../../lib/quiz/describe';
import { mistakeQuestions } from '../../lib/quiz/mistakes';
import { reviewIds, unfinishedSets } from '../../lib/quiz/progress';
import { dailyCap, dueIds, leftToday, nextDue } from '../../lib/quiz/review';
import { parseCode, type SetKind } from '../../lib/quiz/sets';
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
  const now = new Date();
  const review = reviewIds(progress, bank, now);
  const next = nextDue(progress.review);
  const day = (date: Date | string) => new Date(date).toLocaleDateString('zh-CN', { month: 'long', day: 'numeric' });
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

      <section class="chooser__section" aria-labelledby="review-title">
        <h2 id="review-title" tabIndex={-1}>今日复习</h2>
        {review.length > 0 ? (
          <>
            <p class="review-due">今天复习 {review.length} 题</p>
            <p class="muted">答错过的题，隔一段时间再做一次，记得更牢。答对了，下次隔得更久；答错了，明天再来。</p>
            <div class="card__actions">
              <button type="button" class="button button--primary" onClick={() => onStart({ kind: 'review' }, 'each')}>
                开始今日复习
              </button>
            </div>
          </>
        ) : leftToday(progress.reviewed, now) === 0 && dueIds(progress.review, now).length > 0 ? (
          <p>今天已经复习了{dailyCap}题，剩下的明天再来。</p>
        ) : (
          <p>
            今天没有要复习的题。
            {next ? `下一次复习在${day(next)}。` : '答错的题会在第二天出现在这里。'}
          </p>
        )}
      </section>

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

      {progress.history.length > 0 && (
        <section class="chooser__section" aria-labelledby="history-title">
          <h2 id="history-title">做过的练习</h2>
          <ul class="history">
            {progress.history.slice(0, 10).map((attempt) => {
              const parsed = parseCode(attempt.code, bank.parts);
              return (
                <li key={`${attempt.code}-${attempt.finished}`}>
                  <span>
                    {day(attempt.finished)} · {parsed.ok ? setTitle(parsed.set, bank.parts) : attempt.code}
                  </span>
                  <span>
                    答对 <strong>{attempt.right}</strong> 题，共 {attempt.total} 题
                    {attempt.hinted > 0 && ` · 看过提示${attempt.hinted}题`}
                    {attempt.cleared > 0 && ` · ${attempt.cleared}题移出错题本`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section class="chooser__section" aria-labelledby="records-title">
        <h2 id="records-title">本机上的记录</h2>
        <p>练习进度、错题本、复习计划和练习记录只保存在这台设备的这个浏览器里，不会上传。</p>
        <ConfirmButton
          label="清除全部练习记录"
          question="没做完的练习、错题本、复习计划和练习记录都会删除。确定吗？"
          onConfirm={onClearAll}
        />
      </section>
    </div>
  );
}
