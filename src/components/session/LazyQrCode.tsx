import { useLazy } from '../lazy';

/**
 * A QR code whose encoder is fetched when the code is first shown (a phone's result code, at the end of its set),
 * keeping it out of the page's first JavaScript; a square of the same size says so meanwhile.
 */
export function LazyQrCode({ text, label }: { text: string; label: string }) {
  const qr = useLazy(true, () => import('../quiz/QrCode'));
  if (qr.value) return <qr.value text={text} label={label} />;
  return (
    <div class="qr qr--pending">
      <p role={qr.failed ? 'alert' : 'status'}>{qr.failed ? '二维码没能载入，可能是网络断了。请联网后刷新页面再试。' : '正在生成二维码……'}</p>
    </div>
  );
}
