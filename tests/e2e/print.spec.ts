import { expect, test } from './support/fixtures';

test('printing a part shows the text on white without navigation or controls', async ({ page }) => {
  await page.goto('/procedure/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.part-nav')).toBeHidden();
  await expect(page.locator('.page-toc')).toBeHidden();
  await expect(page.locator('.copy-link').first()).toBeHidden();
  await expect(page.locator('#step-5-election')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.locator('#step-5-election').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(0, 0, 0)');
});

test('the printed full text starts each part on a new page', async ({ page }) => {
  await page.goto('/full/');
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.full-part').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toHaveLength(8);
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  await expect(page.getByRole('button', { name: '打印全文' })).toBeHidden();
});

/** Stores the reader's settings before the page's first script runs, as a returning reader's browser has them. */
const withSettings = (page: import('@playwright/test').Page, settings: Record<string, string>) =>
  page.addInitScript((s) => localStorage.setItem('handbook:reader-settings', JSON.stringify(s)), settings);

/** How many pages a PDF has, read from its page objects (the print of a page, as a reader's printer gets it). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('paper ignores the screen settings: part 六 at 特大, 深色 and 长辈模式 prints the same pages as at 标准 and 浅色', async ({ browser }) => {
  const printed = async (settings: Record<string, string>) => {
    const page = await browser.newPage();
    await withSettings(page, settings);
    await page.goto('/procedure/');
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const style = (selector: string) => {
        const s = getComputedStyle(document.querySelector(selector)!);
        return { font: s.fontSize, color: s.color, background: s.backgroundColor };
      };
      return {
        html: style('html'),
        body: style('body'),
        para: style('#step-5-election'),
        widget: style('.widget'),
        title: style('.widget__title'),
        figure: style('.flow__amount'),
      };
    });
    const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    return { look, pages };
  };
  const plain = await printed({ textSize: 'standard', scheme: 'light', elder: 'off' });
  const large = await printed({ textSize: 'xlarge', scheme: 'dark', elder: 'on' });
  expect(plain.pages).toBeGreaterThan(1);
  expect(large.look).toEqual(plain.look);
  expect(large.pages).toBe(plain.pages);
  expect(large.look.body.background).toBe('rgb(255, 255, 255)');
  expect(large.look.para.color).toBe('rgb(0, 0, 0)');
});

test('paper leaves out what only works on screen: the empty calculator, the copy-links, 跳到正文, 朗读 and links that move about the page', async ({ page }) => {
  await page.goto('/procedure/');
  await page.emulateMedia({ media: 'print' });
  const calculator = page.locator('#margin-calculator');
  await expect(calculator.getByRole('heading', { name: /差额测算/ })).toBeVisible();
  await expect(calculator.locator('.quote')).toBeVisible();
  for (const hidden of [
    calculator.getByLabel('应选人数'),
    calculator.getByRole('radio').first(),
    calculator.getByText('这里显示测算结果'),
    page.locator('.copy-link').first(),
    page.getByRole('link', { name: '跳到正文' }),
    page.getByRole('button', { name: '朗读' }),
    page.getByRole('link', { name: '阅读第1步的原文' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
});

test('a filled calculator prints what it worked out, without its form', async ({ page }) => {
  await page.goto('/procedure/?seats=69&margin=15#margin-calculator');
  const calculator = page.locator('#margin-calculator');
  await expect(calculator.getByText('所以至少需要')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(calculator.getByText('所以至少需要')).toBeVisible();
  await expect(calculator.getByLabel('应选人数')).toBeHidden();
});
