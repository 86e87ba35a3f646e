// The offline copy looks after itself: it is announced when ready, the browser is asked to keep it, it is saved
// again when the browser has thrown it away, and offline an address it does not hold gets an answer. Each test
// serves the site itself, so that it can stop the server and read offline.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';

const basePort = Number(process.env['E2E_PORT'] ?? 4322) + 130;
test.describe.configure({ mode: 'serial' });

const ready = (page: Page) => expect(page.locator('[data-toast]')).toContainText('已可离线阅读', { timeout: 15_000 });

test('a first visit says quietly when the site is ready offline, and asks the browser to keep it', async ({ page }) => {
  const server = await startServer(basePort);
  try {
    await page.addInitScript(() => {
      const asked = (window as unknown as { persistAsked: number });
      asked.persistAsked = 0;
      const original = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => (asked.persistAsked++, original());
    });
    await page.goto(server.url);
    await ready(page);
    await expect(page.locator('[data-toast]')).toContainText(/本机保存了 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d 取得的全部内容/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
    // A later visit, under the worker, says nothing.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect(page.locator('[data-toast]')).toBeEmpty();
  } finally {
    await server.stop();
  }
});

test('clearing the cache and coming back online restores offline use', async ({ page }) => {
  let server = await startServer(basePort + 1);
  const url = server.url;
  try {
    await page.goto(url);
    await ready(page);
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The browser throws the cache away; the worker stays.
    await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
    await page.goto(new URL('/procedure/', url).href);
    await ready(page);

    await server.stop();
    for (const path of ['/', '/procedure/', '/quiz/']) {
      const response = await page.goto(new URL(path, url).href);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toBeVisible();
    }
    server = await startServer(basePort + 1);
  } finally {
    await server.stop();
  }
});

test('offline, an address the cache does not hold gets the offline page, and a slashless one its page', async ({ page }) => {
  const server = await startServer(basePort + 2);
  await page.goto(server.url);
  await ready(page);
  await server.stop();

  await page.goto(new URL('/no-such-page/', server.url).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线时打不开这一页');
  await expect(page.getByText(/本机保存的是 \d{4}年.*取得的版本/)).toBeVisible();
  await expect(page.getByRole('link', { name: '回到首页' })).toBeVisible();

  await page.goto(new URL('/procedure?from=share#step-5', server.url).href);
  await expect(page).toHaveURL(/\/procedure\/\?from=share#step-5$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('程序和环节');
});
