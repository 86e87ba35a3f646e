import type { Locator, Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { axe } from './support/axe';
import { expect, test } from './support/fixtures';
import { questionsOf, tabTo } from './support/quiz';

// The live study session's screens with a set running in the presenter, in both colour schemes, and the secretary's
// keyboard journey through it (quiz-accessibility.spec.ts covers the presenter's own screens).
const code = 'mix5-7k3f';
const questions = questionsOf(code);
const first = questions[0]!;

/** Presses Tab until `field` has focus, as a keyboard user would. */
async function tabToField(page: Page, field: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${field} not reached within ${limit} presses of Tab`);
}

/** Opens the room's set in the presenter and waits until its island has hydrated, so that no key is lost. */
async function openPresenter(page: Page) {
  await page.goto(`/quiz/present/?set=${code}`);
  await expect(page.getByRole('button', { name: '开始放映' })).toBeVisible();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

// The secretary's laptop: a projector-sized window and a camera (Chromium's built-in fake picture), granted.
test.use({
  viewport: { width: 1920, height: 1080 },
  permissions: ['camera'],
  launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: [...chromiumArgs, '--use-fake-device-for-media-stream'] },
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test.slow();

    test('the scanner, the show of hands, 本场结果, the 学习记录 and the sign-in sheet have no axe violations', async ({ page }) => {
      const found: string[] = [];
      await openPresenter(page);
      await page.getByRole('button', { name: '扫手机结果（打开摄像头）' }).click();
      await expect(page.getByText('请同志们依次把手机上的结果二维码对准摄像头。')).toBeVisible();
      found.push(...(await axe(page, 'scanner with the camera on')));
      await page.getByRole('button', { name: '关闭摄像头' }).click();

      await page.getByRole('button', { name: '开始放映' }).click();
      await page.getByRole('button', { name: '显示答案（Enter）' }).click();
      await expect(page.getByRole('heading', { name: /^全场：0人作答/ })).toBeVisible();
      found.push(...(await axe(page, 'show of hands, no count yet')));
      if (first.type === 'single' || first.type === 'judge') await page.getByRole('button', { name: /加一人$/ }).first().click();
      else await page.getByLabel('作答人数').fill('1');
      await expect(page.getByRole('heading', { name: /^全场：1人作答/ })).toBeVisible();
      found.push(...(await axe(page, 'show of hands with its bars')));

      for (let i = 0; i < questions.length; i++) await page.getByRole('button', { name: '下一题 →' }).click();
      await page.getByRole('button', { name: '本场结果和学习记录' }).click();
      await expect(page.getByRole('heading', { name: /^本场结果/ })).toBeVisible();
      await page.getByText('录入答题纸（按题填各选项的人数）').click();
      found.push(...(await axe(page, '本场结果 with the paper counts open')));
      await page.getByRole('button', { name: '保存学习记录' }).click();
      await expect(page.getByRole('status').filter({ hasText: '已保存到这台设备的学习记录' })).toBeVisible();
      found.push(...(await axe(page, '本场结果 saved')));

      await page.goto('/quiz/records/');
      await expect(page.getByRole('button', { name: '查看和打印' })).toBeVisible();
      found.push(...(await axe(page, '学习记录 list')));
      await page.getByRole('button', { name: '查看和打印' }).click();
      await expect(page.getByRole('heading', { name: '支部学习记录' })).toBeVisible();
      found.push(...(await axe(page, '学习记录 shown')));
      await page.emulateMedia({ media: 'print' });
      found.push(...(await axe(page, '学习记录 as printed')));
      await page.emulateMedia({ media: 'screen' });

      await page.goto(`/quiz/print/?set=${code}`);
      await page.getByLabel(/附签到表/).check();
      await expect(page.getByRole('heading', { name: '支部学习签到表' })).toBeVisible();
      found.push(...(await axe(page, 'sheet with its sign-in sheet')));
      await page.emulateMedia({ media: 'print' });
      found.push(...(await axe(page, 'sign-in sheet as printed')));
      expect(found).toEqual([]);
    });
  });
}

test('a secretary with only Tab, Enter and space counts a show of hands, opens 本场结果 and saves the record', async ({ page }) => {
  test.slow();
  await openPresenter(page);
  await tabTo(page, /^开始放映$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: first.stem })).toBeFocused();
  await tabTo(page, /显示答案/);
  await page.keyboard.press('Space');
  await expect(page.getByText(/^正确答案：/)).toBeVisible();

  // The show of hands: +1 with space on a single-choice question, a typed count on the others.
  if (first.type === 'single' || first.type === 'judge') {
    await tabTo(page, /加一人/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  } else {
    await tabToField(page, page.getByLabel('作答人数'));
    await page.keyboard.type('2');
  }
  await expect(page.getByRole('heading', { name: /^全场：2人作答/ })).toBeVisible();

  // On through the set with space: first on 下一题, then on each question as it takes focus (a clicker's key).
  await tabTo(page, /下一题/);
  for (let i = 1; i <= questions.length; i++) {
    await page.keyboard.press('Space');
    await expect(page.locator('h2:focus')).toHaveText(i < questions.length ? questions[i]!.stem : /已全部讲完/);
  }
  await tabTo(page, /^本场结果和学习记录$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^本场结果/ })).toBeFocused();
  await tabToField(page, page.getByLabel('主题'));
  await page.keyboard.type('主题党日');
  await tabTo(page, /^保存学习记录$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: '已保存到这台设备的学习记录' })).toBeVisible();

  // The record, reached by its link and opened with Enter.
  await tabTo(page, /^学习记录$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/quiz\/records\/$/);
  // The list is the island's own: once it shows, the island has hydrated and takes keys.
  await expect(page.getByRole('button', { name: '查看和打印' })).toBeVisible();
  await tabTo(page, /^查看和打印$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '支部学习记录' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('主题党日');
});
