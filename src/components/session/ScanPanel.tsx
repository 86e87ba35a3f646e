import { useState } from 'preact/hooks';
import type { LiveSession } from '../../lib/session/live';
import type { Question } from '../../schemas/question';
import { Failed, lazyFailed, useLazy } from '../lazy';

interface Props {
  session: LiveSession;
  questions: readonly Question[];
  onChange: (change: (session: LiveSession) => LiveSession) => void;
}

/** 扫手机结果: how many phones are counted, and the camera, whose scanner and decoder are fetched only when opened. */
export function ScanPanel({ session, questions, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const scanner = useLazy(open, () => import('./Scanner'));
  const waiting = open && !scanner.value && !scanner.failed;
  return (
    <div class="scan-panel">
      <p>
        已扫 <strong>{Object.keys(session.tally.phones).length}</strong> 部手机的结果。
      </p>
      {open && scanner.value ? (
        <scanner.value session={session} questions={questions} onChange={onChange} onClose={() => setOpen(false)} />
      ) : (
        <button type="button" class="button" onClick={() => setOpen(true)} disabled={waiting}>
          {waiting ? '正在载入……' : '扫手机结果（打开摄像头）'}
        </button>
      )}
      {scanner.failed && <Failed message={`${lazyFailed}举手统计和答题纸照常可用。`} class="notice" />}
    </div>
  );
}
