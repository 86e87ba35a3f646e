import { useEffect, useRef } from 'preact/hooks';
import { describeAnswer, optionLetter } from '../../lib/quiz/describe';
import { inQuotes } from '../../lib/quote';
import type { LiveSession } from '../../lib/session/live';
import { buildRecord, recordId } from '../../lib/session/record';
import { withRecord } from '../../lib/session/store';
import { attendance, hardestFirst, percentText, tallyResults } from '../../lib/session/results';
import { setHands } from '../../lib/session/tally';
import type { Question } from '../../schemas/question';
import { citationPath } from '../../lib/quiz/bank';
import { quizPages } from '../../lib/quiz/address';
import { href } from '../../site';
import { HandCount } from './HandCount';
import { exportRecord } from './download';
import type { Room } from './hooks';

interface Props {
  title: string;
  questions: readonly Question[];
  /** The session under way and the records kept on this device (useRoom). */
  room: Room;
  onBack: () => void;
}

/**
 * 本场结果: the room's results per question (the hardest first, with the handbook's words), attendance, the paper
 * sheets' counts to enter, and the 学习记录's facts and notes, to save, export or print. Loaded only when opened,
 * to keep the presenter's first load small.
 */
export default function SessionResults({ title, questions, room, onBack }: Props) {
  const { session, change: onChange } = room;
  // One record per set and day: saving again updates it.
  const saved = room.data.records.find((r) => r.code === session.code && r.date === session.date);
  const record = () => buildRecord(session, questions, title, saved?.id ?? recordId(session.date, session.code, room.data.records.map((r) => r.id)));
  const onSave = () => room.changeData((d) => withRecord(d, record()));
  const onExport = (kind: 'csv' | 'json') => exportRecord(record(), kind);
  const results = tallyResults(questions, session.tally, session.room);
  const { answered, names } = attendance(results, session.tally);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (patch: Partial<LiveSession>) => onChange((s) => ({ ...s, ...patch }));
  const phones = Object.keys(session.tally.phones).length;
  return (
    <section class="session-results" aria-labelledby="session-results-title">
      <h2 id="session-results-title" tabIndex={-1} ref={heading}>
        本场结果：{title}
      </h2>
      <form class="session-results__facts" onSubmit={(e) => e.preventDefault()}>
        <label>
          日期
          <input type="date" value={session.date} required onInput={(e) => set({ date: e.currentTarget.value })} />
        </label>
        <label>
          主题
          <input type="text" value={session.topic} placeholder="例如：主题党日 学习选举纪律" onInput={(e) => set({ topic: e.currentTarget.value })} />
        </label>
        <label>
          到会人数
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={session.room ?? ''}
            onInput={(e) => {
              const n = Number(e.currentTarget.value);
              set({ room: e.currentTarget.value === '' || !Number.isInteger(n) || n < 0 ? null : n });
            }}
          />
        </label>
      </form>
      <p>
        作答 {answered} 人（扫码 {phones} 部手机）{session.room !== null && `，到会 ${session.room} 人`}。
        {names.length > 0 ? `留名：${names.join('、')}。` : '没有人留名。'}
      </p>
      <h3>答得最不好的题在前</h3>
      <ol class="session-results__hardest">
        {hardestFirst(results).map((r) => (
          <li key={r.question.id}>
            <p>
              <strong>
                第{r.number}题 · 正确率 {percentText(r.share)}
              </strong>
              （{r.answered}人作答，{r.right}人答对）{r.question.stem}
            </p>
            <p>
              答案：{describeAnswer(r.question)}
              {r.question.type !== 'order' &&
                `；各选项：${r.options.map((o, i) => `${r.question.type === 'judge' ? r.question.options[i]!.text : optionLetter(i)} ${o.count}人`).join('，')}`}
            </p>
            <p class="muted">
              手册原文：<a href={href(citationPath(r.question, r.question.source))}>{inQuotes(r.question.source.quote)}</a>
            </p>
            {r.warnings.map((w) => (
              <p class="notice" key={w}>
                {w}
              </p>
            ))}
          </li>
        ))}
      </ol>
      <details class="session-results__paper">
        <summary>录入答题纸（按题填各选项的人数）</summary>
        {questions.map((q, i) => (
          <div key={q.id} class="session-results__paper-item">
            <p>
              <strong>第{i + 1}题</strong> {q.stem}
            </p>
            <HandCount
              question={q}
              idPrefix={`paper-${i + 1}`}
              count={session.tally.hands[q.id]}
              onChange={(count) => onChange((s) => ({ ...s, tally: setHands(s.tally, q.id, count) }))}
            />
          </div>
        ))}
      </details>
      <label class="session-results__notes">
        备注（讨论情况、补学安排等）
        <textarea rows={4} value={session.notes} onInput={(e) => set({ notes: e.currentTarget.value })}></textarea>
      </label>
      <div class="presenter__controls">
        <button type="button" class="button button--primary" onClick={onSave}>
          保存学习记录
        </button>
        <button type="button" class="button" onClick={() => onExport('csv')}>
          下载 CSV（Excel）
        </button>
        <button type="button" class="button" onClick={() => onExport('json')}>
          下载 JSON
        </button>
        <button type="button" class="button" onClick={onBack}>
          回到放映
        </button>
      </div>
      <p role="status">
        {saved && (
          <>
            已保存到这台设备的<a href={href(quizPages.records)}>学习记录</a>（{saved.date}）。记录只存在这台设备上，不会发到任何地方。
          </>
        )}
      </p>
    </section>
  );
}
