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
