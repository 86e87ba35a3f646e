import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { LiveSession } from '../../lib/session/record';
import { decodeResult } from '../../lib/session/result-code';
import { addPhone } from '../../lib/session/tally';
import type { Question } from '../../schemas/question';
import type ScannerType from './Scanner';

interface Props {
  session: LiveSession;
  questions: readonly Question[];
  onChange: (change: (session: LiveSession) => LiveSession) => void;
}

/** One line of what the scanner did, newest first. */
interface Line {
  id: number;
  text: string;
  ok: boolean;
}

/**
 * 扫手机结果: opens the camera (the scanner and its decoder are fetched only now), adds each phone's result to the
 * session and says what happened to it, one line per code, for the secretary and a screen reader alike.
 */
export function ScanPanel({ session, questions, onChange }: Props) {
  const [Scanner, setScanner] = useState<ComponentType<Parameters<typeof ScannerType>[0]> | null>(null);
  const [loading, setLoading] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const phones = Object.keys(session.tally.phones).length;
  const say = (text: string, ok: boolean) => setLines((shown) => [{ id: (shown[0]?.id ?? 0) + 1, text, ok }, ...shown].slice(0, 6));

  const open = () => {
    setLoading(true);
    import('./Scanner').then(
      (module) => setScanner(() => module.default),
      () => say('扫码程序没能载入，可能是网络断了。请刷新页面再试，或用举手统计。', false),
    ).finally(() => setLoading(false));
  };
  const onText = (text: string) => {
    const decoded = decodeResult(text);
    if (!decoded.ok) return say(decoded.error, false);
    let message = '';
    let ok = false;
    onChange((current) => {
      const outcome = addPhone(current.tally, decoded.result, current.code, questions);
      message = outcome.message;
      ok = outcome.kind !== 'refused';
      return { ...current, tally: outcome.tally };
    });
    say(message, ok);
  };

  return (
    <div class="scan-panel">
      <p>
        已扫 <strong>{phones}</strong> 部手机的结果。
      </p>
      {Scanner ? (
        <Scanner onText={onText} onClose={() => setScanner(null)} />
      ) : (
        <button type="button" class="button" onClick={open} disabled={loading}>
          {loading ? '正在载入扫码程序……' : '扫手机结果（打开摄像头）'}
        </button>
      )}
      <ul class="scan-panel__log" aria-live="polite" aria-label="扫码情况">
        {lines.map((line) => (
          <li key={line.id} class={line.ok ? 'scan-panel__ok' : 'scan-panel__problem'}>
            {line.ok ? '✓ ' : '✗ '}
            {line.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
