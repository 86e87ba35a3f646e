import decodeQR from '@paulmillr/qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../src/lib/quiz/qr';
import { encodeResult } from '../../src/lib/session/result-code';
import type { Question } from '../../src/schemas/question';

/** The code as a picture a camera might give: `scale` pixels a module, a white quiet zone of 4 modules. */
function picture(text: string, scale = 4) {
  const { size, isDark } = qrMatrix(text);
  const side = (size + 8) * scale;
  const data = new Uint8Array(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4;
      const column = Math.floor(x / scale) - 4;
      if (row < 0 || column < 0 || row >= size || column >= size || !isDark(row, column)) continue;
      const i = (y * side + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  return { width: side, height: side, data };
}

const base = { part: 'procedure', kind: 'wording' as const, topics: ['procedure' as const], explanation: '因为手册这样写。', source: { anchor: 'p-1', quote: '手册原文一句。' } };
const questions: Question[] = Array.from({ length: 50 }, (_, n) => ({
  ...base,
  id: `q-${n}`,
  type: 'multiple',
  stem: `题干${n}`,
  options: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, text: `选项${id}` })),
  answer: ['a', 'c'],
}));

describe('the QR codes the site draws', () => {
  it('read back with the scanner’s decoder: a set’s address on the LAN and a long result code with a name', () => {
    const address = 'http://192.168.1.23:4321/quiz/join/?set=mix20-k3j4h5';
    const result = encodeResult('mix50-k3j4h5', 'k3x9a2', questions, Object.fromEntries(questions.map((q) => [q.id, ['f', 'b', 'd']])), '欧阳建国同志');
    for (const text of [address, result]) expect(decodeQR(picture(text))).toBe(text);
  });

  it('have error correction M or better, so a projected code with glare still reads', () => {
    // Version 3 at level M holds 42 bytes; a 50-byte address needs version 4 (33 modules) at M, version 3 at L.
    expect(qrMatrix(`http://192.168.1.23:4321/quiz/join/?set=${'x'.repeat(11)}`).size).toBe(33);
  });
});
