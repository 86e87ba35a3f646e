// Uses Playwright's plain test: these tests provoke policy violations on purpose, which the guarded test refuses.
import { expect, test } from '@playwright/test';
import { serverKind } from './support/server';

test('a page refuses an injected inline script: its policy allows only the site\'s own scripts', async ({ page }) => {
  await page.goto('/procedure/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("'unsafe-inline'");
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    const blocked = new Promise<boolean>((resolve) => document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true }));
    document.head.append(script);
    return Promise.race([blocked.then(() => 'blocked'), new Promise((r) => setTimeout(() => r((window as unknown as { injected?: boolean }).injected ? 'ran' : 'unknown'), 500))]);
  });
  expect(ran).toBe('blocked');
});

test('every response carries the security headers, and the header policy allows no inline script', async ({ request }) => {
  for (const path of ['/', '/procedure/', '/no-such-page/', '/manifest.webmanifest']) {
    const headers = (await request.get(path)).headers();
    const policy = headers['content-security-policy'] ?? '';
    const scripts = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test('the pre-paint script runs under the header policy: the reader settings apply', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await page.addInitScript(() => localStorage.setItem('handbook:reader-settings', '{"textSize":"large"}'));
  await page.goto('/procedure/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  expect(violations).toEqual([]);
});

test.describe('served by nginx with the shipped configuration', () => {
  test.skip(serverKind !== 'nginx', 'nginx is not installed here; CI installs it');

  test('hashed assets are cached for a year, pages and the service worker revalidated', async ({ request, page }) => {
    await page.goto('/');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect((await request.get(css!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/procedure/', '/sw.js', '/manifest.webmanifest']) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
    }
    expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
  });

  test('an address without its trailing slash is redirected on the same host', async ({ request }) => {
    const response = await request.get('/procedure', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/procedure/');
  });
});
