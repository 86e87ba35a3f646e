import type { Locator, Page } from '@playwright/test';
import decodeQR from '@paulmillr/qr/decode.js';
import sharp from 'sharp';
import { expect, test } from './support/fixtures';
import { questionsOf } from './support/quiz';

// A branch study session (支部学习): the projector, members' phones and the printed sheet show one set alike.
const code = 'd-7k3f';
const questions = questionsOf(code);

/** Opens the presenter's start screen for the set, once it is ready for the keys. */
async function openPresenter(page: Page) {
  await page.goto(`/quiz/present/?set=${code}`);
  await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
}

test.describe('on the projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the start screen names the set and shows a QR code for the address that opens it on phones', async ({ page, baseURL }) => {
    await page.goto(`/quiz/present/?set=${code}`);
    await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
    await expect(page.getByText(`共${questions.length}题 · 练习编号 ${code}`)).toBeVisible();
    const address = `${baseURL}/quiz/join/?set=${code}`;
    await expect(page.getByText(address, { exact: true })).toBeVisible();
    const qr = page.getByRole('img', { name: new RegExp(code) });
    await expect(qr).toBeVisible();
    // The code drawn reads back as that address, as a phone's camera would read it off the screen.
    const { data, info } = await sharp(await qr.screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(decodeQR({ width: info.width, height: info.height, data })).toBe(address);
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(400);
  });

  test('the presenter moves with the arrow keys and space, and shows the answer on Enter', async ({ page }) => {
    await openPresenter(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`第1题 / 共${questions.length}题`)).toBeVisible();
    const stem = page.getByRole('heading', { level: 2 });
    await expect(stem).toHaveText(questions[0]!.stem);
    await expect(page.getByText(/^正确答案：/)).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(page.getByText(/^正确答案：/)).toBeVisible();
    await expect(page.getByText(questions[0]!.explanation)).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(stem).toHaveText(questions[1]!.stem);
    await expect(page.getByText(/^正确答案：/)).toHaveCount(0);
    await page.keyboard.press(' ');
    await expect(stem).toHaveText(questions[2]!.stem);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText(`第2题 / 共${questions.length}题`)).toBeVisible();

    // The buttons do the same, and the keys still work after one is clicked.
    await page.getByRole('button', { name: '显示答案（Enter）' }).click();
    await expect(page.getByText(/^正确答案：/)).toBeVisible();
    await page.getByRole('button', { name: '下一题 →' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`第4题 / 共${questions.length}题`)).toBeVisible();
  });

  test('question type is large enough to read from the back of a room', async ({ page }) => {
    await openPresenter(page);
    await page.keyboard.press('ArrowRight');
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.presenter__stem')).toBeGreaterThanOrEqual(56);
    expect(await size('.presenter__option')).toBeGreaterThanOrEqual(48);
  });

  test('the countdown’s drop-down reads as large as the buttons beside it', async ({ page }) => {
    await openPresenter(page);
    const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const button = await size(page.getByRole('button', { name: '开始放映' }));
    expect(await size(page.getByRole('combobox', { name: '每题倒计时' }))).toBeGreaterThanOrEqual(button);
  });

  test('the countdown is off unless chosen, and can be paused, extended and turned off', async ({ page }) => {
    await page.clock.install();
    await openPresenter(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: questions[0]!.stem })).toBeFocused();
    await expect(page.getByRole('timer')).toHaveCount(0);

    // Chosen from the keyboard: ↓ on the menu picks the next length, 30秒.
    await page.getByLabel('每题倒计时').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('每题倒计时')).toHaveValue('30');
    await expect(page.getByRole('timer')).toHaveText(/^剩余 0:(30|29)$/);
    await page.clock.runFor(10_000);
    // The page's clock also runs in real time, so a loaded machine may take a second more to get here.
    await expect(page.getByRole('timer')).toHaveText(/^剩余 0:(20|19)$/);
    await page.getByRole('button', { name: '暂停' }).click();
    const paused = Number((await page.getByRole('timer').textContent())!.match(/0:(\d\d)/)![1]);
    await page.clock.runFor(60_000);
    await expect(page.getByRole('timer')).toHaveText(`剩余 0:${paused}`);
    await page.getByRole('button', { name: '延长30秒' }).click();
    await expect(page.getByRole('timer')).toHaveText(`剩余 0:${paused + 30}`);
    await page.getByRole('button', { name: '继续' }).click();
    await page.clock.runFor(51_000);
    await expect(page.getByRole('status').filter({ hasText: '时间到' })).toBeVisible();
    // Nothing happens by itself at zero; the next question, reached with → even from the menu, has its own countdown.
    await expect(page.getByText(`第1题 / 共${questions.length}题`)).toBeVisible();
    await page.getByLabel('每题倒计时').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`第2题 / 共${questions.length}题`)).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^剩余 0:(30|29)$/);
    await page.getByRole('button', { name: '关闭倒计时' }).click();
    await expect(page.getByRole('timer')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('timer')).toHaveCount(0);
  });

  test('choosing a set gives it a fresh code in the address', async ({ page }) => {
    await page.goto('/quiz/present/');
    await page.getByRole('radio', { name: /六、产生程序/ }).check();
    await page.getByRole('button', { name: '准备放映' }).click();
    await expect(page).toHaveURL(/\/quiz\/present\/\?set=p6-[a-z2-9]{4}$/);
    await expect(page.getByRole('heading', { name: '六、产生程序' })).toBeVisible();
  });
});

test('a phone opened at the QR code’s address shows the same questions in the same order', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/quiz/join/?set=${code}`);
  await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
  await expect(page.getByText(`第1题，共${questions.length}题`)).toBeVisible();
  for (const [index, question] of questions.slice(0, 3).entries()) {
    await expect(page.locator('.question__stem')).toHaveText(question.stem);
    await expect(page.locator('.choice--option')).toHaveText(
      question.options.map((o, i) => (question.type === 'judge' ? o.text : `${String.fromCharCode(65 + i)}.${o.text}`)),
    );
    await page.locator('.question input').first().check();
    // Right or wrong is told at the end: the projector reveals each answer in its own time.
    await page.getByRole('button', { name: '下一题', exact: true }).click();
    await expect(page.getByText(`第${index + 2}题，共${questions.length}题`)).toBeVisible();
  }
});

test.describe('the printed sheet', () => {
  test('has the set’s questions in the projector’s order, with boxes to tick and lines for name, branch, date and score', async ({ page }) => {
    await page.goto(`/quiz/print/?set=${code}`);
    await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
    await expect(page.getByText(`练习编号 ${code}`)).toBeVisible();
    await expect(page.locator('.sheet__fields')).toHaveText('姓名支部日期得分');
    await expect(page.locator('.sheet__stem')).toHaveText(questions.map((q) => new RegExp(`${q.stem.replace(/[()（）?？.*+]/g, '.')}$`)));
    const boxes = questions.filter((q) => q.type !== 'order').reduce((n, q) => n + q.options.length, 0);
    await expect(page.locator('.sheet__questions .sheet__box')).toHaveCount(boxes);
  });

  test('prints black on white without controls, the answer key starting on a new page', async ({ page }) => {
    await page.goto(`/quiz/print/?set=${code}`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(page.getByRole('button', { name: '换一组题' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
    const key = page.getByRole('region', { name: '答案与解析' });
    expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.sheet__stem').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  });

});
