import { citationPath, citationsOf, type BankQuestion } from '../../lib/quiz/bank';
import { href } from '../../site';
import { Quote } from '../Quote';

/** Why the answer is right, and the handbook's own words that settle it, each linked to its paragraph. */
export function Explanation({ question }: { question: BankQuestion }) {
  return (
    <div class="explanation">
      <p class="explanation__text">
        <strong>解析：</strong>
        {question.explanation}
      </p>
      <p class="explanation__lead">手册原文（{question.partLabel}）：</p>
      <ul class="explanation__sources">
        {citationsOf(question).map((citation) => (
          <li key={citation.anchor}>
            <Quote words={citation.quote} href={href(citationPath(question, citation))} />
          </li>
        ))}
      </ul>
    </div>
  );
}
