import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// On a phone the quota picture's explanation sits below the screen: a tap on an item brings it into view, with the
// scroll's glide only where the reader has not asked for reduced motion.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

/** Records how the page asks to scroll an element into view, at the browser's boundary. */
const recordScrolls = (page: Page) =>
  page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { scrolls: string[] }).scrolls = calls;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object') calls.push(`${this.className}:${options.behavior ?? 'auto'}`);
      return original.call(this, options);
    };
  });

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`on a phone a tap on a quota item brings its explanation into view (${motion} motion)`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: motion });
    // At 特大, as many older readers have it: the pictures and legends then take more than a screen.
    await page.addInitScript(() => localStorage.setItem('handbook:reader-settings', JSON.stringify({ textSize: 'xlarge' })));
    await recordScrolls(page);
    await page.goto('/quotas/');
    const overview = page.locator('#quota-overview');
    await overview.scrollIntoViewIfNeeded();
    await expect(overview.locator('astro-island')).not.toHaveAttribute('ssr');
    const item = overview.getByRole('button', { name: /分配我省的代表名额/ });
    // The item at the top of the screen, as a reader scrolling down meets it: the explanation is below the screen.
    await item.evaluate((b) => b.scrollIntoView({ block: 'start' }));
    const details = overview.locator('.details');
    await expect(details).not.toBeInViewport();
    await item.tap();
    await expect(overview.getByText('69 ÷ 2300 = 3%')).toBeInViewport();
    await expect(details).toBeInViewport({ ratio: 0.99 });
    expect(await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls)).toContain(
      `details:${motion === 'reduce' ? 'auto' : 'smooth'}`,
    );
  });
}

test('a keyboard press or a mouse click on a quota item leaves the scrolling to the reader', async ({ page }) => {
  await recordScrolls(page);
  await page.goto('/quotas/');
  const overview = page.locator('#quota-overview');
  await overview.scrollIntoViewIfNeeded();
  await expect(overview.locator('astro-island')).not.toHaveAttribute('ssr');
  const item = overview.getByRole('button', { name: /其中各级党员领导干部/ });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  const other = overview.getByRole('button', { name: /其中各级党员领导干部/ });
  await other.click();
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  const scrolls = await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls);
  expect(scrolls.filter((s) => s.startsWith('details:'))).toEqual([]);
});
