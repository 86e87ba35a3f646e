// Uses Playwright's plain test: these tests provoke policy violations on purpose, which the guarded test refuses.
import { expect, test } from '@playwright/test';

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
