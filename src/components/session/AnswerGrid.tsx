import { optionLetter } from '../../lib/quiz/describe';
import type { Question } from '../../schemas/question';

/**
 * 答题卡: one row per question with a box per option (√ and × for true or false; the order to write for an order
 * question), so the secretary can count the sheets question by question into 本场结果's paper counts.
 */
export function AnswerGrid({ questions }: { questions: readonly Question[] }) {
  const widest = Math.max(...questions.map((q) => (q.type === 'order' ? 1 : q.options.length)));
  return (
    <section class="answer-grid" aria-labelledby="answer-grid-title">
      <h2 id="answer-grid-title">答题卡</h2>
      <p class="sheet__how">在所选答案的方框里打“✓”；排序题写出先后顺序的字母（如 CABD）。交卷后由书记按题统计。</p>
      <table class="answer-grid__table">
        <thead>
          <tr>
            <th scope="col">题号</th>
            <th scope="col" colSpan={widest}>
              答案
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={q.id}>
              <th scope="row">{i + 1}</th>
              {q.type === 'order' ? (
                <td colSpan={widest} class="answer-grid__order">
                  顺序：
                </td>
              ) : (
                q.options.map((o, index) => (
                  <td key={o.id} colSpan={index === q.options.length - 1 ? widest - q.options.length + 1 : 1}>
                    <span class="sheet__box" aria-hidden="true"></span>
                    {q.type === 'judge' ? (o.id === 'right' ? '√' : '×') : optionLetter(index)}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
