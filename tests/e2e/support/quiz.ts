import type { Page } from '@playwright/test';
import { isCorrect } from '../../../src/lib/quiz/check';
import { resolveSet } from '../../../src/lib/quiz/sets';
import type { Question } from '../../../src/schemas/question';
import { readBankForTest } from '../../helpers/bank';

const bank = readBankForTest();

/** The questions of a set, in the order its code fixes (as the pages show them). */
export function questionsOf(code: string): Question[] {
  const resolved = resolveSet(code, bank);
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.questions;
}

/** A code of the given kind (e.g. `p6`) whose first question is the one named, found by trying seeds in turn. */
export function codeStartingWith(prefix: string, questionId: string): string {
  for (const a of '23456789abcdefghjkmnpqrstuvwxyz')
    for (const b of '23456789abcdefghjkmnpqrstuvwxyz') {
      const code = `${prefix}-${a}${b}22`;
      if (questionsOf(code)[0]?.id === questionId) return code;
    }
  throw new Error(`no ${prefix} code starts with ${questionId}`);
}

/** The text of an option that answers a choice question wrongly. */
function wrongOptionText(question: Question): string {
  const wrong = question.options.find((o) => !isCorrect(question, question.type === 'multiple' ? [o.id] : o.id));
  if (!wrong) throw new Error(`${question.id} has no wrong option`);
  return wrong.text;
}

/** Opens a set whose first question is the one named, starts it, and answers that question wrongly. */
export async function answerFirstWrongly(page: Page, prefix: string, questionId: string): Promise<Question> {
  const code = codeStartingWith(prefix, questionId);
  const question = questionsOf(code)[0]!;
  await page.goto(`/quiz/?set=${code}`);
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: wrongOptionText(question) }).check();
  await page.getByRole('button', { name: '检查答案' }).click();
  return question;
}

/** Makes every use of localStorage throw, as browsers do when storage is turned off. */
export async function refuseStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Presses Tab until the focused element's text or name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no control named ${name} within ${limit} presses of Tab`);
}
