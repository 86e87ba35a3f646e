import { splitSentences } from '../../src/lib/text';
import { expectedText } from '../helpers/errata';
import { expect, test } from './support/fixtures';
import { readPartPaths } from '../helpers/handbook';

const expected = expectedText();
const sentences = splitSentences(expected);
const partPaths = readPartPaths();

/** The handbook's own words on a page: the elements marked data-source, minus controls, whitespace removed. */
async function renderedText(page: import('@playwright/test').Page): Promise<string> {
  return page.locator('[data-source]').evaluateAll((elements) =>
    elements
      .map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('[data-editorial]').forEach((e) => e.remove());
        return copy.textContent ?? '';
      })
      .join('')
      .replace(/\s+/g, ''),
  );
}

/** Checks that every sentence stands exactly once in `text`, in source order; returns what failed. */
function sentenceProblems(text: string): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const count = text.split(sentence).length - 1;
    if (count !== 1) problems.push(`${count}× ${sentence}`);
    const at = text.indexOf(sentence, from);
    if (at < 0) problems.push(`out of order or missing: ${sentence}`);
    else from = at + sentence.length;
  }
  return problems;
}

test('the part pages together carry every sentence of the handbook exactly once, in order, and nothing else', async ({ page }) => {
  expect(sentences.length).toBeGreaterThan(100);
  let all = '';
  for (const path of partPaths) {
    await page.goto(path);
    all += await renderedText(page);
  }
  expect(sentenceProblems(all)).toEqual([]);
  expect(all).toBe(expected);
});

test('the full-text page carries every sentence exactly once, in order, and nothing else', async ({ page }) => {
  await page.goto('/full/');
  const text = await renderedText(page);
  expect(sentenceProblems(text)).toEqual([]);
  expect(text).toBe(expected);
});

for (const path of partPaths) {
  test(`${path} shows no extraction artefact`, async ({ page }) => {
    await page.goto(path);
    const text = await renderedText(page);
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).not.toContain('二十大大代表');
    // A paragraph ends only where a sentence ends: no paragraph broken at a page boundary. (Widgets between the
    // paragraphs are editorial, like the copy-link controls, and not the handbook's paragraphs.)
    const endings = await page.locator('[data-source] p:not([data-editorial] p)').evaluateAll((ps) => ps.map((p) => (p.textContent ?? '').trim().slice(-1)));
    for (const end of endings) expect('。？！：').toContain(end);
  });
}
