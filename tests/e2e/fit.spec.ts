import { outside } from './support/fit';
import { expect, test } from './support/fixtures';

// No element's box may reach past the viewport's edge: on every page type, at every text size (and 长辈模式 特大),
// at 320, 360 and 390 px, with each dialog and menu open. This is the class of fault where 关闭 and 搜索 went
// off-screen in the search dialog at 大 and 特大.
const pageTypes = ['/', '/procedure/', '/quotas/', '/full/', '/errata/', '/quiz/', '/search/?q=差额'];
const settings = [
  { textSize: 'standard', elder: 'off' },
  { textSize: 'large', elder: 'off' },
  { textSize: 'xlarge', elder: 'off' },
  { textSize: 'xlarge', elder: 'on' },
];

for (const path of pageTypes) {
  for (const width of [320, 360, 390]) {
    test(`${path} at ${width}px fits the screen at every text size, with each menu and dialog open`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 700 });
      for (const s of settings) {
        await page.addInitScript((v) => localStorage.setItem('handbook:reader-settings', JSON.stringify({ scheme: 'light', ...v })), s);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const label = `${s.textSize}${s.elder === 'on' ? ' 长辈模式' : ''}`;
        expect(await outside(page), `${label}, nothing open`).toEqual([]);
        for (const menu of ['目录', '阅读设置']) {
          await page.locator('summary', { hasText: menu }).click();
          expect(await outside(page), `${label}, ${menu} open`).toEqual([]);
          await page.locator('summary', { hasText: menu }).click();
        }
        // The search page has its own form and results (checked above), so its header button opens no dialog.
        if (path.startsWith('/search/')) continue;
        await page.locator('[data-search-open]').click();
        const dialog = page.getByRole('dialog', { name: '搜索手册' });
        await expect(dialog).toBeVisible();
        await dialog.getByRole('searchbox').fill('差额选举');
        await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
        expect(await outside(page), `${label}, search dialog open with results`).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });
  }
}
