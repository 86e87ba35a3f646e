import type { QuizResponse } from '../../lib/quiz/check';
import type { Question } from '../../schemas/question';
import { useState } from 'preact/hooks';
import { Loading, useLazy } from '../lazy';

interface Props {
  question: Question;
  bankVersion: string;
  code: string;
  response: QuizResponse | undefined;
}

/** 纠错 under a question or its explanation: a disclosure whose form loads when first opened. */
export function Report(props: Props) {
  const [opened, setOpened] = useState(false);
  const form = useLazy(opened, () => import('./ReportForm').then((m) => ({ default: m.ReportForm })));
  return (
    <details class="report" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>纠错：这道题有问题？</summary>
      {form.value ? <form.value {...props} /> : <Loading failed={form.failed} class="muted" />}
    </details>
  );
}
