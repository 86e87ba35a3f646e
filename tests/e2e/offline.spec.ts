import { appendFileSync, chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { builtPages, expect, test } from './support/fixtures';
import { startServer } from './support/server';

// Each test serves the site itself on its own port, so that it can stop the server and read the site offline.
const basePort = Number(process.env['E2E_PORT'] ?? 4322) + 100;

/** Waits until the service worker has installed (precached everything) and is active. */
const installed = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r, { once: true }));
    return worker.state;
  });

test.describe.configure({ mode: 'serial' });

test('after one visit every page, the search, the widgets and a quiz work with the server stopped', async ({ page }) => {
  const server = await startServer(basePort);
  await page.goto(server.url);
  expect(await installed(page)).toBe('activated');
  await server.stop();
  for (const path of builtPages()) {
    const response = await page.goto(new URL(path, server.url).href);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toBeVisible();
  }
  // A page address with a query string is still found (the worker ignores URL parameters).
  await page.goto(new URL('/procedure/?from=offline#step-5', server.url).href);
  await expect(page.locator('#step-5-election')).toContainText('15%');

  // The search finds a rule.
  await page.goto(new URL('/search/?q=公示', server.url).href);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /找到/ })).toBeVisible();
  await expect(page.locator('.search-part h2 a').first()).toContainText('二十大代表的产生要经过哪些程序和环节');

  // A widget calculates, restored from its address.
  await page.goto(new URL('/procedure/?seats=69&margin=15#margin-calculator', server.url).href);
  await expect(page.locator('#margin-calculator').getByRole('status')).toHaveText('测算结果：至少需要80名候选人。');

  // A quiz question can be answered and checked.
  await page.goto(new URL('/quiz/?set=d-7k3f', server.url).href);
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.getByRole('radio').or(page.getByRole('checkbox')).first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: /回答正确|回答错误/ })).toBeVisible();
});

test('the site is installable: the manifest names it in Chinese and its icons load', async ({ page, request, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, baseURL).href)).json();
  expect(manifest).toMatchObject({ lang: 'zh-CN', display: 'standalone', short_name: '代表选举手册' });
  expect(manifest.name).toContain('二十大代表选举工作宣传手册');
  const sizes = [];
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(href!, baseURL)).href);
    expect(response.headers()['content-type']).toBe('image/png');
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);

});

test('Chromium finds nothing that stops it from installing the site as an app', async ({ baseURL }) => {
  // A profile on disk: Playwright's usual contexts are incognito, where Chromium never offers to install.
  const profile = mkdtempSync(join(tmpdir(), 'handbook-profile-'));
  const context = await chromium.launchPersistentContext(profile, test.info().project.use.launchOptions ?? {});
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a newly deployed version is offered with a quiet prompt and loads only when the reader agrees', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-deploy-'));
  cpSync('dist', dir, { recursive: true });
  chmodSync(dir, 0o755); // nginx's workers run as another user

  const server = await startServer(basePort + 1, dir);
  try {
    await page.goto(new URL('/procedure/', server.url).href);
    expect(await installed(page)).toBe('activated');
    await page.reload(); // now under the worker
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByRole('alert').filter({ hasText: '新版本可用' });
    await expect(prompt).toBeVisible();
    // Nothing reloads by itself.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '刷新' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    await expect(page.getByRole('alert').filter({ hasText: '新版本可用' })).toBeHidden();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
