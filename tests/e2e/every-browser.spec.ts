import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, test } from './support/fixtures';

// What readers in WeChat, domestic browsers and older engines meet that current Chromium does not show by itself:
// a refused clipboard, no service worker, the app's own text scaling, a share card. The journeys in the floor's
// engines themselves are in tests/engines/.

const iosWeChat =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

const address = (baseURL: string) => `${baseURL}/procedure/#step-3-preliminary`;

test.describe('where the clipboard is refused, as WeChat may refuse it', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      // What the copy command copies is the selection at that moment.
      document.addEventListener('copy', () => ((window as unknown as { copied: string }).copied = String(getSelection())));
    });
  });

  test('copy-link copies the address with the copy command instead', async ({ page, baseURL }) => {
    await page.goto('/procedure/');
    await page.locator('#step-3-preliminary').getByRole('link', { name: '复制本段链接' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-toast]')).toHaveText('已复制本段链接');
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(address(baseURL!));
    await expect(page.getByRole('textbox', { name: '本段链接' })).toHaveCount(0);
  });

  test('and where the copy command fails too, the address stands selected under the paragraph', async ({ page, baseURL }) => {
    await page.addInitScript(() => (document.execCommand = () => false));
    await page.goto('/procedure/');
    await page.locator('#step-3-preliminary').getByRole('link', { name: '复制本段链接' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: '本段链接' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(address(baseURL!));
    expect(await field.evaluate((f: HTMLInputElement) => [f.selectionStart, f.selectionEnd])).toEqual([0, address(baseURL!).length]);
    await expect(page.locator('[data-toast]')).toHaveText('没能自动复制，链接已选中，请长按或按 Ctrl+C 复制');
    // It sits right under the paragraph, and is not taken for the handbook's text.
    await expect(page.locator('#step-3-preliminary + [data-editorial]')).toContainText('本段链接');
  });
});

test.describe('in WeChat on an iPhone, which has no service worker', () => {
  test.use({ userAgent: iosWeChat });
  test('the footer says quietly that offline reading needs the system browser, and how to get there', async ({ page }) => {
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await page.goto('/quotas/');
    await expect(page.getByRole('contentinfo')).toContainText('在微信里打开时不能离线阅读。要离线使用，请点右上角“…”，选“在Safari中打开”。');
  });
});

test('where a service worker keeps the site, the footer says nothing about offline reading', async ({ page }) => {
  await page.goto('/quotas/');
  await expect(page.getByRole('contentinfo')).not.toContainText('离线');
});

test('every page has a title and description of its own for the share card, and no picture from another origin', () => {
  const seen = new Set<string>();
  for (const path of builtPages()) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const meta = (attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    const description = meta('name', 'description');
    expect(title, path).toBeTruthy();
    expect(description?.length ?? 0, path).toBeGreaterThanOrEqual(15);
    expect(meta('property', 'og:title'), path).toBe(title);
    expect(meta('property', 'og:description'), path).toBe(description);
    expect(html, path).not.toMatch(/<meta property="og:image" content="(https?:)?\/\//);
    // Each page its own card, so that shared links can be told apart in a chat.
    expect(seen.has(`${title}`), `${path}: ${title}`).toBe(false);
    seen.add(`${title}`);
  }
});

test.describe('at 200% text, as WeChat on Android scales it by its own font setting', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/procedure/', '/quotas/', '/quiz/', '/search/', '/full/']) {
    test(`${path} neither scrolls sideways nor lets the header's controls overlap`, async ({ page }) => {
      // The browser's own default text size, which WeChat's font setting changes: 16px becomes 32px.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(path);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const boxes = await page.getByRole('banner').locator('button:visible, summary:visible, a:visible').evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      );
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5).toBe(true);
    });
  }
});

test.describe('without container queries (Safari before 16)', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('the procedure steps keep their phone layout: numbered tabs named for screen readers, the figures stacked', async ({ page }) => {
    await page.goto('/procedure/');
    const tab = page.getByRole('tab', { name: /推荐提名/ });
    const title = tab.getByText('推荐提名');
    const flow = page.getByRole('list', { name: '人数的变化' });
    // Where container queries work, the wide widget names its tabs and sets the figures in a row.
    expect((await title.boundingBox())!.width).toBeGreaterThan(20);
    expect(await flow.evaluate((l) => getComputedStyle(l).gridTemplateColumns.split(' ').length)).toBe(4);
    // An engine without them ignores every @container rule: take them out of the page's style sheets.
    await page.evaluate(() => {
      const drop = (owner: CSSStyleSheet | CSSGroupingRule) => {
        for (let i = owner.cssRules.length - 1; i >= 0; i--) {
          const rule = owner.cssRules[i]!;
          if (rule instanceof CSSContainerRule) owner.deleteRule(i);
          else if (rule instanceof CSSGroupingRule) drop(rule);
        }
      };
      for (const sheet of document.styleSheets) drop(sheet);
    });
    expect((await title.boundingBox())!.width).toBeLessThanOrEqual(1);
    await expect(tab).toHaveAccessibleName(/推荐提名/);
    expect(await flow.evaluate((l) => getComputedStyle(l).gridTemplateColumns.split(' ').length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

test('without a modal <dialog> (below the floor), the search button opens the search page instead', async ({ page }) => {
  await page.addInitScript(() => delete (HTMLDialogElement.prototype as { showModal?: unknown }).showModal);
  await page.goto('/procedure/');
  await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL('/search/');
  await page.getByRole('main').getByRole('searchbox', { name: '搜索手册全文' }).fill('公示');
  await expect(page.getByRole('main').getByRole('status')).toContainText('找到含有“公示”');
});
