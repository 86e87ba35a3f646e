import { useEffect, useRef } from 'preact/hooks';
import { partName, type BankQuestion, type QuizPart } from '../../lib/quiz/bank';
import { isCorrect, score, type Responses } from '../../lib/quiz/check';
import type { HintLevel } from '../../lib/quiz/storage';
import { AnswerReview } from './AnswerReview';
import { DataTable } from './DataTable';
import { Icon } from '../Icon';
import { QuestionTitle } from './QuestionFields';
import { Report } from './Report';

interface Props {
  title: string;
  questions: readonly BankQuestion[];
  answers: Responses;
  /** Hints opened, by question id: shown beside the question, never counted against the score. */
  hints: Readonly<Record<string, HintLevel>>;
  code: string;
  bankVersion: string;
  /** Every part, in reading order: the score is broken down by them. */
  parts: readonly QuizPart[];
  /** Questions in the 错题本 now, to offer practising them. */
  mistakeCount: number;
  onAgain: () => void;
  onMistakes: () => void;
  onLeave: () => void;
}

/** The end of a set: how many were right, by part, and every question with its answer and explanation. */
export function Results({ title, questions, answers, hints, code, bankVersion, parts, mistakeCount, onAgain, onMistakes, onLeave }: Props) {
  const hinted = questions.filter((q) => hints[q.id] !== undefined).length;
  const result = score(questions, answers, parts);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const wrong = result.total - result.right;

  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {title}：练习完成
      </h2>
      <p class="results__score">
        答对 <strong>{result.right}</strong> 题，共 {result.total} 题。
      </p>
      {hinted > 0 && <p>其中{hinted}题看过提示（不扣分）。</p>}
      {wrong > 0 && <p>答错和没答的共{wrong}题。答错的题收进了错题本，可以专门练习，也会按计划出现在“今日复习”里。</p>}
      <DataTable
        class="results__parts"
        caption="各部分答题情况"
        columns={['部分', '答对', '题数']}
        rows={result.byPart.map((row) => ({ key: row.part, cells: [partName(parts, row.part), row.right, row.total] }))}
      />
      <div class="card__actions">
        {mistakeCount > 0 && (
          <button type="button" class="button button--primary" onClick={onMistakes}>
            练习错题本（{mistakeCount}题）
          </button>
        )}
        <button type="button" class="button" onClick={onAgain}>
          这一组再做一遍
        </button>
        <button type="button" class="button" onClick={onLeave}>
          换一组题
        </button>
      </div>
      <h3>逐题解析</h3>
      <ol class="results__list">
        {questions.map((question, index) => (
          <li key={question.id}>
            <details class="results__item" open={!isCorrect(question, answers[question.id])}>
              <summary>
                <QuestionTitle question={question} number={index + 1} />
                <span class="results__mark">{isCorrect(question, answers[question.id]) ? '✓ 答对' : '✗ 答错'}</span>
                {hints[question.id] !== undefined && (
                  <span class="results__mark">
                    <Icon name="hint" />
                    看过提示
                  </span>
                )}
              </summary>
              <AnswerReview question={question} response={answers[question.id]} level={4} />
              <Report question={question} bankVersion={bankVersion} code={code} response={answers[question.id]} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
