// The core encoder only: the package's main entry also bundles canvas and SVG-string renderers that are not needed.
import { create } from 'qrcode/lib/core/qrcode.js';
import { qrPath } from '../../lib/quiz/qr';

/** Quiet zone around the code, in modules, as the QR standard asks. */
const margin = 4;

/** A QR code for `text`, drawn as an SVG path: dark on white in either colour scheme, as phone cameras expect. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size + 2 * margin;
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(modules.size, (row, column) => modules.get(row, column) === 1, margin)} fill="#000" />
    </svg>
  );
}
