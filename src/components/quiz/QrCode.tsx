// @paulmillr/qr both draws the codes and (on the presenter's scanner) reads them: one small, maintained library.
import { encodeQR } from '@paulmillr/qr';
import { qrPath } from '../../lib/quiz/qr';

/** Quiet zone around the code, in modules, as the QR standard asks. */
const margin = 4;

/** A QR code for `text`, drawn as an SVG path: dark on white in either colour scheme, as phone cameras expect. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const rows = encodeQR(text, 'raw', { ecc: 'medium', border: 0 });
  const side = rows.length + 2 * margin;
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(rows.length, (row, column) => rows[row]![column] === true, margin)} fill="#000" />
    </svg>
  );
}

export default QrCode;
