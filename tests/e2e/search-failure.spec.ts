// The search loads on first use, from files a deployment replaces: when one fails on a first visit, the reader is
// told why: a file gone (a new version was published) offers the reload, the network down says so, a failure once
// offers the reload too; and never blames the network when it is up. Plain Playwright test: a failed file rightly
// logs console errors, which the guarded test refuses.
import { expect, test, type BrowserContext } from '@playwright/test';

/** Files that answer 404 (gone, as after a deployment), or whose first request is dropped (a bad network, once). */
const failing = async (context: BrowserContext, files: RegExp, how: 'gone' | 'dropped') =>
  how === 'gone'
    ? context.route(files, (route) => route.fulfill({ status: 404, body: 'not found' }))
    : context.route(files, (route) => route.abort('connectionreset'), { times: 1 });

for (const [what, files] of [
  ['the index’s page list', /\/pagefind\/[^/]+\.pf_meta/],
  ['the handbook’s text', /\/pagefind\/fragment\//],
  ['Pagefind itself', /\/pagefind\/pagefind\.js/],
] as const) {
  test(`${what} gone after a deployment: the search page offers the reload instead of blaming the network`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
    await failing(context, files, 'gone');
    const page = await context.newPage();
    await page.goto('/search/?q=公示');
    const alert = page.locator('[data-search-results]').getByRole('alert');
    await expect(alert.locator('p')).toHaveText('网站刚刚发布了新版本，搜索需要重新载入页面才能使用。', { timeout: 5_000 });
    await expect(page.getByText(/网络/)).toHaveCount(0);
    await context.unroute(files);
    await page.locator('[data-search-results]').getByRole('button', { name: '重新载入' }).click();
    await expect(page.getByRole('link', { name: /公示/ }).first()).toBeVisible();
    await context.close();
  });
}

test('a file dropped once while the network is up: a plain failure with the reload, not the network', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  await failing(context, /\/pagefind\/fragment\//, 'dropped');
  const page = await context.newPage();
  await page.goto('/search/?q=公示');
  await expect(page.locator('[data-search-results]').getByRole('alert').locator('p')).toHaveText('搜索没能载入。正文仍可阅读；请重新载入再试。', {
    timeout: 5_000,
  });
  await expect(page.getByRole('button', { name: '重新载入' })).toBeVisible();
  await context.close();
});

test('offline on a first search: the dialog says the network is down (the load guard, in the dialog), and searches once it is back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/procedure/');
  await context.setOffline(true);
  await page.getByRole('button', { name: /搜索/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('网络连接中断', { timeout: 5_000 });
  await context.setOffline(false);
  await dialog.getByRole('button', { name: '重新载入' }).click();
  await page.getByRole('button', { name: /搜索/ }).first().click();
  await page.getByRole('dialog').getByRole('searchbox').fill('公示');
  await expect(page.getByRole('dialog').getByRole('link', { name: /公示/ }).first()).toBeVisible();
  await context.close();
});

test('the dialog’s own code gone after a deployment: the load guard offers the reload inside the dialog', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  await failing(context, /\/_astro\/search-ui\.[^/]*\.js/, 'gone');
  const page = await context.newPage();
  await page.goto('/procedure/');
  await page.getByRole('button', { name: /搜索/ }).first().click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('网站刚刚发布了新版本', { timeout: 5_000 });
  await expect(page.getByRole('dialog').getByRole('button', { name: '重新载入' })).toBeVisible();
  await context.close();
});

test('a failure said before the dialog opens (on the way to the button) moves into the dialog, not behind it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  await failing(context, /\/_astro\/search-ui\.[^/]*\.js/, 'gone');
  const page = await context.newPage();
  await page.goto('/procedure/');
  const button = page.getByRole('button', { name: /搜索/ }).first();
  // Heading for the button fetches the search's code: its failure is said on the page before any click.
  await button.hover();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('网站刚刚发布了新版本', { timeout: 5_000 });
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('网站刚刚发布了新版本');
  await expect(dialog.getByRole('button', { name: '重新载入' })).toBeVisible();
  // Closed again, the message is back on the page.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('网站刚刚发布了新版本');
  await context.close();
});
