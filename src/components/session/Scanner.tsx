import { useEffect, useRef, useState } from 'preact/hooks';

/** The part of the Barcode Detection API the scanner uses, whether the browser's own or the library's. */
interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/**
 * The browser's BarcodeDetector where it reads QR codes (Android, macOS, ChromeOS); elsewhere the same API from
 * the barcode-detector library (ZXing compiled to WebAssembly, maintained), its .wasm served by this site.
 */
async function qrDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: { new (options: { formats: string[] }): QrDetector; getSupportedFormats(): Promise<string[]> } })
    .BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch(() => [])).includes('qr_code')) return new native({ formats: ['qr_code'] });
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasm }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm : prefix + path) } });
  return new BarcodeDetector({ formats: ['qr_code'] });
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
  /** Called with the text of each QR code read. */
  onText: (text: string) => void;
  onClose: () => void;
}

/**
 * The camera, reading QR codes one after another until closed. Loaded only when the secretary opens it, and only
 * then asks for the camera; the camera is released on closing.
 */
export default function Scanner({ onText, onClose }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<{ kind: 'starting' | 'scanning' } | { kind: 'problem'; message: string }>(() => {
    const problem = unavailable();
    return problem ? { kind: 'problem', message: problem } : { kind: 'starting' };
  });
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
      let detector: QrDetector;
      try {
        detector = await qrDetector();
      } catch {
        if (!stopped) setStatus({ kind: 'problem', message: `读码程序没能载入，可能是网络断了，请刷新页面再试。${fallback}` });
        return;
      }
      if (stopped) return;
      setStatus({ kind: 'scanning' });
      const tick = async () => {
        if (stopped) return;
        const codes = element.readyState >= 2 ? await detector.detect(element).catch(() => []) : [];
        const now = Date.now();
        for (const { rawValue } of codes) {
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
    </section>
  );
}
