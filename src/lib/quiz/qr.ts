import { correction, generate, mode } from 'lean-qr';

/**
 * The QR code of `text` as a matrix: its size, and whether the module at (row, column) is dark. Drawn by lean-qr,
 * the smallest maintained encoder (3.6 KiB gzip against @paulmillr/qr's 6.5, on the presenter's first screen), at
 * error correction M or better. Everything the site draws is ASCII (addresses, result codes), so only the modes
 * without an ECI header are allowed: @paulmillr/qr's decoder, which the scanner uses, reads no ECI.
 */
export function qrMatrix(text: string): { size: number; isDark: (row: number, column: number) => boolean } {
  const code = generate(text, { minCorrectionLevel: correction.M, modes: [mode.numeric, mode.alphaNumeric, mode.ascii] });
  return { size: code.size, isDark: (row, column) => code.get(column, row) };
}

/**
 * An SVG path that draws the dark modules of a QR code, one unit per module, with `margin` units of quiet zone on
 * every side (the standard asks for 4). Runs of dark modules in a row become one rectangle, to keep the path short.
 * `isDark(row, column)` reads the code's matrix.
 */
export function qrPath(size: number, isDark: (row: number, column: number) => boolean, margin = 4): string {
  let path = '';
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column++;
      path += `M${start + margin} ${row + margin}h${column - start}v1h-${column - start}z`;
    }
  }
  return path;
}
