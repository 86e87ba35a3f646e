import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium109 } from './drivers/chromium';
import type { EnginePage } from './drivers/types';
import { reader } from './find';

// The print editions from an old desktop: Chromium 109, the last Chrome on Windows 7, prints them to A4.
const baseURL = inject('baseURL');
const out = join(process.cwd(), 'test-results', 'engines');
mkdirSync(out, { recursive: true });

/** The text of each printed page, as poppler's pdftotext reads it. */
const pagesOf = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
/** The mean brightness of a page's picture, 0 (black) to 1 (white). */
const brightness = (pdf: string, page: number) => {
  const png = join(out, `print-${page}`);
  execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, png]);
  return Number(execFileSync('convert', [`${png}.png`, '-colorspace', 'gray', '-format', '%[fx:mean]', 'info:'], { encoding: 'utf8' }));
};

const missing = chromium109.missing();
describe.skipIf(missing)('printing from Chromium 109', () => {
  let page: EnginePage;
  beforeAll(async () => {
    page = await chromium109.open({ systemScheme: 'dark', baseURL });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('全文 prints black on white, each part from a new page, without the site’s controls', async () => {
    await page.goto('/full/');
    const pdf = join(out, 'chromium-109-full.pdf');
    await page.pdf!(pdf);
    const pages = pagesOf(pdf);
    const starts = pages.map((p) => p.trim().split('\n')[0]!.trim());
    // The title and the preface open the first page; each of the seven parts opens a page of its own.
    expect(pages[0]).toMatch(/^\s*出席党的二十大代表选举工作宣传手册\s+前言/);
    for (const part of ['一、', '二、', '三、', '四、', '五、', '六、', '七、'])
      expect(starts.some((line) => line.startsWith(part)), `a page starts with ${part}`).toBe(true);
    expect(pages.join('')).not.toMatch(/阅读设置|打印全文|跳到正文/);
    // On white paper even with a dark system scheme: mostly white, with text.
    expect(brightness(pdf, 2)).toBeGreaterThan(0.85);
    expect(brightness(pdf, 2)).toBeLessThan(0.995);
  });

  test('the quiz sheet prints its questions, then the answer key on pages of its own', async () => {
    await page.goto('/quiz/print/?set=d-7k3f');
    await reader(page).waitFor({ role: 'heading', name: '答案与解析' });
    const pdf = join(out, 'chromium-109-quiz-sheet.pdf');
    await page.pdf!(pdf);
    const pages = pagesOf(pdf);
    const key = pages.findIndex((p) => p.includes('答案与解析'));
    expect(key).toBeGreaterThan(0);
    expect(pages[key]!.trim().startsWith('答案与解析')).toBe(true);
    expect(pages.slice(0, key).join('')).toMatch(/1\. （单选题）/);
    expect(pages.slice(0, key).join('')).not.toMatch(/答案：/);
    expect(brightness(pdf, 1)).toBeGreaterThan(0.85);
  });
});
