import { expect, test } from './support/fixtures';

test('the chosen text size and colour scheme survive a reload and apply before first paint', async ({ page }) => {
  await page.goto('/procedure/');
  const before = await page.locator('.para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await page.getByText('阅读设置').click();
  await page.getByRole('radio', { name: '特大' }).check();
  await page.getByRole('radio', { name: '深色' }).check();
  const after = await page.locator('.para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(after).toBeCloseTo(before * 1.5, 0);

  // Record the state as the HTML is parsed, before any deferred module script has run.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { early: string }).early = `${document.documentElement.dataset['textSize']}/${document.documentElement.dataset['scheme']}`;
      }
    }, { once: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { early: string }).early)).toBe('xlarge/dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 23, 26)');
  await page.getByText('阅读设置').click();
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
});

test('the light choice overrides a dark system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 23, 26)');
  await page.getByText('阅读设置').click();
  await page.getByRole('radio', { name: '浅色' }).check();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 249, 245)');
});

test('corrupted stored settings fall back to the defaults without an error', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('handbook:reader-settings', '{not json'));
  await page.goto('/');
  await page.getByText('阅读设置').click();
  await expect(page.getByRole('radio', { name: '标准' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '跟随系统' })).toBeChecked();
});

test('each paragraph offers a copy-link control on keyboard focus, which copies its address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/procedure/');
  const control = page.locator('#step-3-preliminary').getByRole('link', { name: '复制本段链接' });
  await expect(control).toHaveCSS('opacity', '0');
  await control.focus();
  await expect(control).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  // The toast, not the margin calculator's result line, which is a status region on this page too.
  await expect(page.locator('[data-toast]')).toHaveText('已复制本段链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/procedure/#step-3-preliminary`);
});
