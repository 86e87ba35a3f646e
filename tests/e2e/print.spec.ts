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
