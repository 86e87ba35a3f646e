import { expect, test } from './support/fixtures';

// The copy-links are one tab stop (a roving tabindex, src/scripts/copy-link.ts): a keyboard user once pressed Tab 32
// times on part 六 to get past them to the steps.
test('on part 六 Tab passes all the copy-links at one stop on its way to the steps', async ({ page }) => {
  await page.goto('/procedure/');
  await expect(page.locator('a[data-copy-link][tabindex="-1"]').first()).toBeAttached();
  const copyLinks = await page.locator('a[data-copy-link]').count();
  expect(copyLinks).toBeGreaterThan(10);
  const stops: string[] = [];
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement!;
      return el.matches('a[data-copy-link]') ? 'copy-link' : el.id || el.tagName.toLowerCase();
    });
    stops.push(at);
    if (at === 'procedure-tab-1') break;
  }
  expect(stops.at(-1), stops.join(' ')).toBe('procedure-tab-1');
  expect(stops.filter((s) => s === 'copy-link'), stops.join(' ')).toHaveLength(1);
  console.log(`Tab presses from the top of 六 to its first step: ${stops.length} (${copyLinks} copy-links on the page)`);
});

test('↓ and ↑ move between the paragraphs’ copy-links, and the one reached copies its own address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/procedure/');
  const links = page.locator('a[data-copy-link]');
  await expect(links.nth(1)).toHaveAttribute('tabindex', '-1');
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(1)).toBeFocused();
  await expect(links.nth(1)).toHaveCSS('opacity', '1');
  const anchor = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-toast]')).toHaveText('已复制本段链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/procedure/${anchor}`);
  // The link used is now the one tab stop: Shift+Tab and Tab come back to it, not to the first.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(links.nth(1)).toBeFocused();
  await expect(links.first()).toHaveAttribute('tabindex', '-1');
});
