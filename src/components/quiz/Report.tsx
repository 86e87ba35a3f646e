import type { QuizResponse } from '../../lib/quiz/check';
import type { Question } from '../../schemas/question';
import { useLazy } from './use-lazy';

interface Props {
  question: Question;
  bankVersion: string;
  code: string;
  response: QuizResponse | undefined;
}

/** 纠错 under a question or its explanation: a disclosure whose form loads when first opened. */
export function Report(props: Props) {
  const [form, want] = useLazy(() => import('./ReportForm'));
  return (
    <details class="report" onToggle={(event) => event.currentTarget.open && want()}>
      <summary>纠错：这道题有问题？</summary>
      {form ? <form.ReportForm {...props} /> : <p class="muted">正在载入……</p>}
    </details>
  );
}
