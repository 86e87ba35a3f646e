// The weight of a first search: everything fetched from the / that opens the dialog until the results of a search
// are shown, counted as a compressing host sends it (gzip; Pagefind's own index files are compressed already).
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

/** 86.9 KiB before the nearest paragraphs, and at most 10 KiB more for them (issue 11). */
const budget = 96.9 * 1024;

test('a first search fetches at most 96.9 KiB (gzip), the nearest paragraphs included', async ({ page }) => {
  await page.goto('/procedure/');
  await page.waitForLoadState('networkidle');
  const sizes: Promise<number>[] = [];
  page.on('response', (response) =>
    sizes.push(
      response
        .body()
        .then((body) => (/javascript|json|css|html|svg/.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length))
        // A redirect has no body of its own.
        .catch(() => 0),
    ),
  );
  await page.keyboard.press('/');
  await page.keyboard.insertText('公示几天');
  await expect(page.getByRole('dialog').getByRole('list', { name: '最接近的段落' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(0);
  expect(total, `${(total / 1024).toFixed(1)} KiB`).toBeLessThanOrEqual(budget);
});
