import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveSession } from '../../lib/session/live';
import { scanText } from '../../lib/session/scan';
import type { Question } from '../../schemas/question';

/** Reads the QR codes in a video frame. */
type QrReader = (video: HTMLVideoElement) => Promise<string[]>;

/**
 * The browser's BarcodeDetector where it reads QR codes (Android, macOS, ChromeOS); elsewhere @paulmillr/qr's
 * decoder (pure JavaScript, maintained, no WebAssembly to fetch), reading the frame drawn onto a canvas.
 */
async function qrReader(): Promise<QrReader> {
  type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
  const native = (globalThis as { BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } })
    .BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const detector = new native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
  }
  const { default: decodeQR } = await import('@paulmillr/qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    // A phone's code fills much of the picture, so a frame of at most 800 pixels across is plenty, and quick.
    const scale = Math.min(1, 800 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    try {
      return [decodeQR(context.getImageData(0, 0, canvas.width, canvas.height))];
    } catch {
      return []; // No code in this frame.
    }
  };
}

/** What to say when there is no camera to use; the show of hands and the paper sheets always work. */
const fallback = '没有摄像头也可以照常统计：显示答案后用“举手统计”，或在“本场结果”里录入答题纸。';

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return `没有得到摄像头权限。如要扫码，请点地址栏旁的权限图标，允许本网站使用摄像头，然后再点“扫手机结果”。${fallback}`;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return `这台设备没有可用的摄像头。${fallback}`;
  if (name === 'NotReadableError') return `摄像头正被别的程序占用。关掉那个程序后再试。${fallback}`;
  return `摄像头没能打开。${fallback}`;
}

/** Why scanning cannot even start here, or undefined when it can try. */
function unavailable(): string | undefined {
  if (!isSecureContext)
    return `浏览器只在 https 网址或本机地址（127.0.0.1）打开的页面上提供摄像头，这个页面用不了。${fallback}`;
  if (!navigator.mediaDevices?.getUserMedia) return `这个浏览器不能使用摄像头。${fallback}`;
  return undefined;
}

/** A code seen again this soon is the same phone still held up, not a second scan. */
const repeatMs = 4000;

interface Props {
  session: LiveSession;
  questions: readonly Question[];
  onChange: (change: (session: LiveSession) => LiveSession) => void;
  onClose: () => void;
}

/**
 * The camera, reading QR codes one after another until closed. Loaded only when the secretary opens it, and only
 * then asks for the camera; the camera is released on closing.
 */
/** One line of what became of a code read, newest first. */
interface Line {
  id: number;
  text: string;
  ok: boolean;
}

export default function Scanner({ session, questions, onChange, onClose }: Props) {
  const [lines, setLines] = useState<Line[]>([]);
  const say = (text: string, ok: boolean) => setLines((shown) => [{ id: (shown[0]?.id ?? 0) + 1, text, ok }, ...shown].slice(0, 6));
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<{ kind: 'starting' | 'scanning' } | { kind: 'problem'; message: string }>(() => {
    const problem = unavailable();
    return problem ? { kind: 'problem', message: problem } : { kind: 'starting' };
  });
  const onText = (text: string) => {
    const outcome = scanText(session.tally, text, session.code, questions);
    // Only the phones change here; the show of hands may have moved on meanwhile.
    if (outcome.kind === 'added' || outcome.kind === 'updated') onChange((s) => ({ ...s, tally: { ...s.tally, phones: outcome.tally.phones } }));
    say(outcome.message, outcome.kind !== 'refused');
  };
  const latest = useRef(onText);
  latest.current = onText;

  useEffect(() => {
    if (status.kind === 'problem') return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const seen = new Map<string, number>();
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (error) {
        if (!stopped) setStatus({ kind: 'problem', message: cameraProblem(error) });
        return;
      }
      if (stopped) return stream.getTracks().forEach((t) => t.stop());
      const element = video.current!;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      let read: QrReader;
      try {
        read = await qrReader();
      } catch {
        if (!stopped) setStatus({ kind: 'problem', message: `读码程序没能载入，可能是网络断了，请刷新页面再试。${fallback}` });
        return;
      }
      if (stopped) return;
      setStatus({ kind: 'scanning' });
      const tick = async () => {
        if (stopped) return;
        const codes = element.readyState >= 2 && element.videoWidth > 0 ? await read(element).catch((): string[] => []) : [];
        const now = Date.now();
        for (const rawValue of codes) {
          if (now - (seen.get(rawValue) ?? -Infinity) > repeatMs) latest.current(rawValue);
          seen.set(rawValue, now);
        }
        timer = setTimeout(tick, 150);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <section class="scanner" aria-labelledby="scanner-title">
      <h3 id="scanner-title">扫手机结果</h3>
      {status.kind === 'problem' ? (
        <p class="notice" role="alert">
          {status.message}
        </p>
      ) : (
        <>
          <p role="status">{status.kind === 'starting' ? '正在打开摄像头……' : '请同志们依次把手机上的结果二维码对准摄像头。'}</p>
          <video ref={video} class="scanner__video" muted playsInline aria-label="摄像头画面"></video>
        </>
      )}
      <button type="button" class="button" onClick={onClose}>
        关闭摄像头
      </button>
      <ul class="scan-panel__log" aria-live="polite" aria-label="扫码情况">
        {lines.map((line) => (
          <li key={line.id} class={line.ok ? 'scan-panel__ok' : 'scan-panel__problem'}>
            {line.ok ? '✓ ' : '✗ '}
            {line.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
