import type { SessionRecord } from '../../lib/session/record';
import { DataTable } from '../quiz/DataTable';

/** A 学习记录 as a document to read on screen and print on A4: the session's facts, results and notes. */
export function RecordView({ record, headingLevel = 2 }: { record: SessionRecord; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  const byNumber = new Map(record.questions.map((q) => [q.number, q]));
  return (
    <article class="record" aria-labelledby={`record-${record.id}`}>
      <H id={`record-${record.id}`} class="record__title">
        支部学习记录
      </H>
      <dl class="record__facts">
        <dt>日期</dt>
        <dd>{record.date}</dd>
        <dt>主题</dt>
        <dd>{record.topic || '（未填）'}</dd>
        <dt>学习内容</dt>
        <dd>
          《出席党的二十大代表选举工作宣传手册》练习题：{record.set}（编号 {record.code}，共{record.questions.length}题）
        </dd>
        <dt>到会人数</dt>
        <dd>{record.room ?? '（未填）'}</dd>
        <dt>作答人数</dt>
        <dd>{record.answered}</dd>
        <dt>留名</dt>
        <dd>{record.names.length > 0 ? record.names.join('、') : '（无）'}</dd>
      </dl>
      <Sub>答得最不好的题</Sub>
      {record.hardest.length === 0 ? (
        <p>（没有统计答题情况）</p>
      ) : (
        <ol class="record__hardest">
          {record.hardest.slice(0, 3).map((number) => {
            const q = byNumber.get(number)!;
            return (
              <li key={number}>
                第{number}题（正确率 {q.share}，{q.right}/{q.answered}）{q.stem} 答案：{q.answer}。手册原文：“{q.quote}”
              </li>
            );
          })}
        </ol>
      )}
      <Sub>逐题情况</Sub>
      <DataTable
        class="record__table"
        columns={['题号', '题目', '答案', '作答', '答对', '正确率', '各选项人数']}
        rows={record.questions.map((q) => ({ key: q.number, cells: [q.number, q.stem, q.answer, q.answered, q.right, q.share, q.counts.join('，')] }))}
      />
      <div class="record__close">
        <Sub>备注</Sub>
        <p class="record__notes">{record.notes || '（无）'}</p>
        <p class="record__sign">记录人：<span class="sheet__line"></span></p>
      </div>
    </article>
  );
}
