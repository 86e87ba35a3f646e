// A first visit on a bad network: each script a page loads is failed in turn (every other one loads), and the
// reader must be told within five seconds what happened and what to do. Uses Playwright's plain test: a failed
// script rightly logs console errors, which the guarded test refuses.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const pages = ['/', '/procedure/', '/quotas/', '/quiz/', '/quiz/present/', '/quiz/print/', '/search/?q=公示'];

/** Brings every island into view in turn, so that the ones that wait for it (client:visible) start. */
async function visitAllOf(page: Page) {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island')) {
      island.firstElementChild?.scrollIntoView();
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    }
  });
}

/** Every script the page loads on a first visit, after each island has started. */
async function scriptsOf(context: BrowserContext, path: string, baseURL: string): Promise<string[]> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    // sw.js only adds offline reading; without it the page works as it is.
    if (url.origin === new URL(baseURL).origin && url.pathname.endsWith('.js') && !url.pathname.endsWith('/sw.js')) scripts.add(url.pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await visitAllOf(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return [...scripts].sort();
}

for (const path of pages) {
  test(`${path}: any one script failing on a first visit ends in a message within 5 s`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const discovery = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
    const scripts = await scriptsOf(discovery, path, baseURL!);
    await discovery.close();
    expect(scripts.length, 'scripts found').toBeGreaterThan(0);
    const slow: string[] = [];
    let slowest = 0;
    for (const script of scripts) {
      const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
      await context.route((url) => url.pathname === script, (route) => route.abort('internetdisconnected'));
      const page = await context.newPage();
      await page.goto(path);
      const started = Date.now();
      await visitAllOf(page);
      const message = page.getByRole('alert').filter({ hasText: /没能载入|没有载入/ }).or(page.getByText(/搜索没有载入/)).first();
      await expect(message, `${path} without ${script}`).toBeVisible({ timeout: 5_000 });
      slowest = Math.max(slowest, Date.now() - started);
      if (Date.now() - started > 5_000) slow.push(script);
      await context.close();
    }
    expect(slow).toEqual([]);
    console.log(`${path}: ${scripts.length} scripts failed in turn, slowest message after ${slowest} ms`);
  });
}

test('a script that has gone since the page was published offers the reload, and the readable quiz comes back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  const page = await context.newPage();
  // The quiz's island code answers 404, as after a deployment that replaced it.
  await context.route(/\/_astro\/SelfCheck\.[^/]*\.js(\?|$)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/quiz/');
  const alert = page.getByRole('alert').filter({ hasText: '新版本' });
  await expect(alert).toBeVisible({ timeout: 5_000 });
  await expect(page.getByText('正在载入题目……')).toBeHidden();
  // The set's questions and answer key, as without scripts.
  await expect(page.locator('.quiz-fallback').first()).toBeVisible();
  await context.unroute(/\/_astro\/SelfCheck\.[^/]*\.js(\?|$)/);
  await alert.getByRole('button', { name: '重新载入' }).click();
  await expect(page.getByRole('button', { name: '开始练习' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '新版本' })).toHaveCount(0);
  await context.close();
});
