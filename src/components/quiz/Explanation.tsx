import { citationPath, citationsOf, partName, type QuizPart } from '../../lib/quiz/bank';
import { quoted } from '../../lib/quiz/describe';
import type { Question } from '../../schemas/question';
import { href } from '../../site';

/** Why the answer is right, and the handbook's own words that settle it, each linked to its paragraph. */
export function Explanation({ question, parts }: { question: Question; parts: readonly QuizPart[] }) {
  return (
    <div class="explanation">
      <p class="explanation__text">
        <strong>解析：</strong>
        {question.explanation}
      </p>
      <p class="explanation__lead">手册原文（{partName(parts, question.part)}）：</p>
      <ul class="explanation__sources">
        {citationsOf(question).map((citation) => (
          <li key={citation.anchor}>
            <a href={href(citationPath(question, citation))}>{quoted(citation.quote)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
