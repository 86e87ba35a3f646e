import { useState } from 'preact/hooks';
import type { QuizResponse } from '../../lib/quiz/check';
import { composeReport, maxNoteLength, reportMailto, reportTitle } from '../../lib/quiz/correction';
import type { Question } from '../../schemas/question';
import { site } from '../../site';

interface Props {
  question: Question;
  bankVersion: string;
  code: string;
  response: QuizResponse | undefined;
}

/**
 * 纠错: the reader's note and the report made of it, shown in full, to copy or hand to the device's share sheet
 * (or the reader's mail app, where the site names an address). Nothing is sent from here. Loaded when first opened.
 */
export function ReportForm({ question, bankVersion, code, response }: Props) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const report = composeReport({ question, bankVersion, code, response, note });
  const mailto = reportMailto(site.errataEmail, question, report);
  const canShare = typeof navigator.share === 'function';
  const noteId = `report-note-${question.id}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setStatus('已复制。可以粘贴到微信、短信或邮件里，发给支部或网站的维护者。');
    } catch {
      setStatus('无法自动复制。请长按下面的文字，选择“全选”再“复制”。');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: reportTitle(question), text: report });
      setStatus('');
    } catch (error) {
      // The reader closing the share sheet is not a failure.
      if ((error as DOMException).name !== 'AbortError') setStatus('无法打开分享，请改用“复制”。');
    }
  };

  return (
    <div class="report__body">
      <label for={noteId}>哪里有问题？（可以不填）</label>
      <textarea id={noteId} rows={3} maxLength={maxNoteLength} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <p class="muted">
        下面就是要交给维护者的全部内容。网站本身不会发送任何东西。
      </p>
      <textarea class="report__text" readOnly rows={8} aria-label="纠错内容" value={report} />
      <div class="card__actions">
        <button type="button" class="button" onClick={copy}>
          复制纠错内容
        </button>
        {canShare && (
          <button type="button" class="button" onClick={share}>
            分享…
          </button>
        )}
        {mailto && (
          <a class="button" href={mailto}>
            用邮件发送
          </a>
        )}
      </div>
      <p role="status" class="report__status">
        {status}
      </p>
    </div>
  );
}
