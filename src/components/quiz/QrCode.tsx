import { qrMatrix, qrPath } from '../../lib/quiz/qr';

/** Quiet zone around the code, in modules, as the QR standard asks. */
const margin = 4;

/** A QR code for `text`, drawn as an SVG path: dark on white in either colour scheme, as phone cameras expect. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, isDark } = qrMatrix(text);
  const side = size + 2 * margin;
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(size, isDark, margin)} fill="#000" />
    </svg>
  );
}

export default QrCode;
