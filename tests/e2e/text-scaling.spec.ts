import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { expect, test } from './support/fixtures';
import { outside, overlappingControls } from './support/fit';

// The phone's own text settings (issue 13, 3): WeChat on Android and the system scale page text to 200 %, and older
// readers set a browser's minimum font size. Every page type at 360px must then hold: no element past the screen's
// edge, no control running into another, no sideways scroll. The site never turns text-size adjustment off.
const pageTypes = ['/', '/leadership/', '/procedure/', '/quotas/', '/full/', '/errata/', '/quiz/', '/search/?q=差额'];
const viewport = { width: 360, height: 740 };

async function expectHolds(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${label}: sideways scroll`).toBeLessThanOrEqual(0);
  expect(await outside(page), `${label}: past the edge`).toEqual([]);
  expect(await overlappingControls(page), `${label}: overlapping controls`).toEqual([]);
}

test.describe('at 200 % text (the browser’s default size doubled, as WeChat’s largest font setting does)', () => {
  test.use({ viewport });
  for (const path of pageTypes) {
    test(`${path} holds at 360px`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(path);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
      await expectHolds(page, '200 %');
    });
  }
});

test.describe('with the browser’s minimum font size at 22px', () => {
  // Chromium's minimum font size is a profile preference (Settings › Appearance › Customise fonts), not a flag: each
  // test writes a profile with it (one profile opens in one browser at a time) and starts a browser on it.
  for (const path of pageTypes) {
    test(`${path} holds at 360px`, async ({ baseURL }) => {
      const own = mkdtempSync(join(tmpdir(), 'min-font-'));
      mkdirSync(join(own, 'Default'));
      writeFileSync(join(own, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { minimum_font_size: 22, minimum_logical_font_size: 22 } } }));
      const context = await chromium.launchPersistentContext(own, {
        ...(chromiumPath ? { executablePath: chromiumPath } : {}),
        args: chromiumArgs,
        viewport,
        ...(baseURL ? { baseURL } : {}),
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(path);
        // The smallest text the site sets (15px notes and labels) is raised to 22px: the setting took.
        expect(await page.evaluate(() => Math.min(...[...document.querySelectorAll('body *')].map((e) => parseFloat(getComputedStyle(e).fontSize))))).toBeGreaterThanOrEqual(22);
        await expectHolds(page, 'minimum 22px');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        rmSync(own, { recursive: true, force: true });
      }
    });
  }
});
