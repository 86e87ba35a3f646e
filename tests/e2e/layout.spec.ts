import { builtPages, expect, test } from './support/fixtures';

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of builtPages()) {
    test(`${path} does not scroll sideways, even at the largest text size`, async ({ page }) => {
      for (const textSize of ['standard', 'xlarge']) {
        await page.addInitScript((size) => localStorage.setItem('handbook:reader-settings', JSON.stringify({ textSize: size })), textSize);
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, textSize).toBeLessThanOrEqual(0);
      }
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('body text is at least 17px and the line length stays within about 40 characters on a desktop', async ({ page }) => {
    await page.goto('/procedure/');
    const size = await page.locator('.para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
  });

  test('header controls are at least 44px tall to tap', async ({ page }) => {
    await page.goto('/procedure/');
    for (const control of await page.locator('.site-header summary, .site-header__title').all()) {
      const box = await control.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
  });
});

test('on a desktop a paragraph is at most about 40 characters wide', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/procedure/');
  const chars = await page.locator('.para').first().evaluate((p) => p.clientWidth / parseFloat(getComputedStyle(p).fontSize));
  expect(chars).toBeLessThanOrEqual(41);
  expect(chars).toBeGreaterThan(30);
});

test('paragraphs are justified with a 2em first-line indent', async ({ page }) => {
  await page.goto('/significance/');
  const style = await page.locator('.para').first().evaluate((p) => {
    const s = getComputedStyle(p);
    return { align: s.textAlign, indent: parseFloat(s.textIndent) / parseFloat(s.fontSize) };
  });
  expect(style).toEqual({ align: 'justify', indent: 2 });
});
