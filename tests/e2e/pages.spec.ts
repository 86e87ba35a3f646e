import { builtPages, expect, test } from './support/fixtures';
import { readErrata } from '../helpers/errata';

const pages = builtPages();

test('the build has the home page, the eight parts, the full text and the errata page', () => {
  for (const path of ['/', '/preface/', '/significance/', '/procedure/', '/leadership/', '/full/', '/errata/']) {
    expect(pages).toContain(path);
  }
});

for (const path of pages) {
  test(`${path} answers 200 in Chinese, with a title, one h1 and a skip link`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/二十大代表选举/);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  });
}

test.describe('the 404 page', () => {
  test.use({ notFoundPage: true });
  test('an unknown address shows the Chinese 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这一页');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  });
});

test('a part page says where the reader is and leads to the neighbouring parts', async ({ page }) => {
  await page.goto('/procedure/');
  const where = page.getByRole('navigation', { name: '当前位置' });
  await expect(where).toContainText('六、产生程序');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('二十大代表的产生要经过哪些程序和环节？');
  const toc = page.getByRole('navigation', { name: '本部分目录' });
  await expect(toc.getByRole('link')).toHaveCount(5);
  await page.getByRole('link', { name: /下一部分/ }).click();
  await expect(page).toHaveURL(/\/leadership\/$/);
  await page.getByRole('link', { name: /上一部分/ }).click();
  await expect(page).toHaveURL(/\/procedure\/$/);
});

test('the header menu lists every part and marks the current one', async ({ page }) => {
  await page.goto('/quotas/');
  await page.getByText('目录', { exact: true }).click();
  const menu = page.getByRole('navigation', { name: '手册目录' });
  await expect(menu.getByRole('link')).toHaveCount(12);
  await expect(menu.getByRole('link', { name: '四、名额与结构' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: '自测练习' })).toHaveAttribute('href', '/quiz/');
  await expect(menu.getByRole('link', { name: '支部学习（放映）' })).toHaveAttribute('href', '/quiz/present/');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('the home page links each key figure to the paragraph that states it', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('list', { name: '关键数字' }).getByRole('link');
  await expect(figures).toHaveCount(6);
  await figures.filter({ hasText: '2300' }).click();
  await expect(page).toHaveURL(/\/quotas\/#quota-and-structure$/);
  await expect(page.locator('#quota-and-structure')).toContainText('2300');
  await expect(page.locator('#quota-and-structure')).toBeInViewport();
});

test('the home page shows the seven parts as cards with their questions', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.part-cards > li');
  await expect(cards).toHaveCount(7);
  await expect(cards.first()).toContainText('做好二十大代表选举工作有什么重要意义？');
});

test('the 校勘说明 page lists every correction in the errata file, each linked to its paragraph', async ({ page }) => {
  const entries = readErrata();
  await page.goto('/errata/');
  for (const entry of entries) {
    const row = page.locator(`[id="${entry.id}"]`);
    await expect(row).toHaveCount(1);
    if (entry.kind === 'word') await expect(row.locator('ins')).toHaveText(entry.after);
  }
  const first = entries.flatMap((e) => (e.kind === 'word' ? [e] : []))[0]!;
  await page.locator(`[id="${first.id}"]`).getByRole('link').click();
  await expect(page.locator(`[id="${first.anchor}"]`)).toContainText(first.after);
});
