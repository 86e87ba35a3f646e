// A widget whose code does not arrive on a first visit (a bad network, or a page open across a deployment that
// removed the file) must not look alive: within five seconds it says what happened beside the widget, with the
// reload; a calculator's fields and example buttons are gone rather than typeable and dead; the procedure's steps
// all show, without their dead tabs. Plain Playwright test: a failed file rightly logs console errors.
import { expect, test, type Page } from '@playwright/test';

const widgets = [
  { path: '/procedure/', id: 'margin-calculator', file: /\/_astro\/MarginCalculator\.[^/]*\.js/ },
  { path: '/procedure/', id: 'procedure-steps', file: /\/_astro\/StepTabs\.[^/]*\.js/ },
  { path: '/quotas/', id: 'slate-checker', file: /\/_astro\/quotas-page\.[^/]*\.js/ },
  { path: '/quotas/', id: 'quota-overview', file: /\/_astro\/quotas-page\.[^/]*\.js/ },
] as const;

/** The controls a reader could type in or press inside the widget's island. */
const liveControls = (page: Page, id: string) => page.locator(`#${id} astro-island`).locator('input:visible, select:visible, textarea:visible, [role="tab"]:visible');

for (const { path, id, file } of widgets)
  for (const how of ['gone', 'dropped'] as const)
    test(`${path}#${id}, its code ${how === 'gone' ? 'gone after a deployment' : 'dropped by the network'}: a message beside it within 5 s, nothing dead left typeable`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
      await context.route(file, (route) => (how === 'gone' ? route.fulfill({ status: 404, body: 'not found' }) : route.abort('internetdisconnected')));
      const page = await context.newPage();
      await page.goto(`${path}#${id}`);
      const widget = page.locator(`#${id}`);
      await widget.scrollIntoViewIfNeeded();
      const alert = widget.getByRole('alert');
      await expect(alert).toContainText(how === 'gone' ? '网站刚刚发布了新版本' : '网络连接中断', { timeout: 5_000 });
      await expect(alert.getByRole('button', { name: '重新载入' })).toBeVisible();
      await expect(liveControls(page, id)).toHaveCount(0);
      if (id === 'procedure-steps') {
        await expect(widget.getByRole('tablist')).toBeHidden();
        for (const panel of await widget.locator('.steps__panel').all()) await expect(panel).toBeVisible();
      }
      // Once the code is back, the reload gives the working widget.
      await context.unroute(file);
      await alert.getByRole('button', { name: '重新载入' }).click();
      await widget.scrollIntoViewIfNeeded();
      await expect(page.locator(`#${id} astro-island[ssr]`)).toHaveCount(0);
      if (id !== 'quota-overview') await expect(liveControls(page, id).first()).toBeVisible();
      await context.close();
    });
