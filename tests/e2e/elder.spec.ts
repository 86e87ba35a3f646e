import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// The 适老 numbers this site is held to (工信部 《移动互联网应用（APP）适老化通用设计规范》 1.1, 1.2, 2.1): 30 dp/pt
// is 30 CSS px on a phone, where one CSS px is one dp (Android) or pt (iOS).
const LARGEST_TEXT = 30;
const ELDER_TEXT = 18;
const LINE_SPACING = 1.3;
const PARAGRAPH_SPACING = 1.3;
const ELDER_TAP = 60;

const pageTypes = ['/', '/procedure/', '/quotas/', '/full/', '/errata/', '/quiz/', '/search/?q=差额'];

async function elder(page: Page, textSize: 'standard' | 'large' | 'xlarge', scheme: 'light' | 'dark' = 'light') {
  await page.addInitScript(
    (s) => localStorage.setItem('handbook:reader-settings', JSON.stringify(s)),
    { textSize, scheme, elder: 'on' },
  );
}

test('one switch on the home page turns 长辈模式 on, and it is remembered and applied before first paint', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '长辈模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await page.locator('.para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const after = await page.locator('.para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(after).toBeGreaterThan(before);

  await page.addInitScript(() => {
    document.addEventListener(
      'readystatechange',
      () => {
        if (document.readyState === 'interactive') (window as unknown as { early: string }).early = document.documentElement.dataset['elder'] ?? '';
      },
      { once: true },
    );
  });
  await page.goto('/procedure/');
  expect(await page.evaluate(() => (window as unknown as { early: string }).early)).toBe('on');
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');
  // The settings panel shows the same choice.
  await page.getByText('阅读设置').click();
  await expect(page.getByRole('group', { name: '长辈模式' }).getByRole('radio', { name: '开启' })).toBeChecked();
});

for (const [size, least] of [['standard', ELDER_TEXT], ['xlarge', LARGEST_TEXT]] as const) {
  test(`in 长辈模式 at ${size} the handbook text is at least ${least}px, with line and paragraph spacing of at least 1.3`, async ({ page }) => {
    await elder(page, size);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/procedure/');
    // Two paragraphs that follow one another, with no heading or widget between them.
    const m = await page.locator('.handbook-text .para + .para').first().evaluate((b) => {
      const a = b.previousElementSibling!;
      const style = getComputedStyle(a);
      const font = parseFloat(style.fontSize);
      const line = parseFloat(style.lineHeight);
      // Baseline to baseline across the paragraph break: one line plus the gap between the paragraphs.
      const gap = b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
      return { font, line, across: line + gap };
    });
    expect(m.font).toBeGreaterThanOrEqual(least);
    expect(m.line / m.font).toBeGreaterThanOrEqual(LINE_SPACING);
    expect(m.across / m.line).toBeGreaterThanOrEqual(PARAGRAPH_SPACING);
  });
}

/** Visible controls smaller than `least` in either direction (links inside running text excepted). */
const smallTargets = (page: Page, least: number) =>
  page.evaluate((least) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, summary, select, textarea, input:not([type="radio"], [type="checkbox"], [type="hidden"]), label:has(> input[type="radio"], > input[type="checkbox"])',
    );
    const small: string[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      // checkVisibility: the links of a closed menu are laid out but not shown.
      if (box.width === 0 || box.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.matches('a') && el.closest('p, li') && !el.matches('.button, .card-link') && (el.closest('p, li')!.textContent ?? '').trim() !== el.textContent?.trim()) continue;
      if (el.closest('.skip-link') && box.top < 0) continue;
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        small.push(`${el.tagName.toLowerCase()}.${el.className || ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 12)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, least);

for (const path of pageTypes) {
  test(`in 长辈模式 every control on ${path} is at least 60 × 60 px at 360px`, async ({ page }) => {
    await elder(page, 'standard');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await smallTargets(page, ELDER_TAP)).toEqual([]);
  });
}

// Outside 长辈模式 every control is still at least 44 × 44 (WCAG 2.5.5's size, the project's --tap), at every text
// size: the copy-link icons (once 28 × 26), the on-page contents (32 px tall) and the breadcrumb's 首页 among them.
const TAP = 44;
for (const path of pageTypes) {
  test(`outside 长辈模式 every control on ${path}, the copy-links too, is at least 44 × 44 px at 360px at every text size`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const textSize of ['standard', 'large', 'xlarge']) {
      await page.addInitScript((s) => localStorage.setItem('handbook:reader-settings', JSON.stringify({ textSize: s })), textSize);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await smallTargets(page, TAP), textSize).toEqual([]);
      // A copy-link shows on hover or focus only, and sits in a paragraph's indent, so the scan above leaves it out.
      const copyLinks = await page.locator('a[data-copy-link]').evaluateAll((links) =>
        links.map((l) => l.getBoundingClientRect()).map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      const tooSmall = copyLinks.filter((size) => size.split('×').some((n) => Number(n) < TAP));
      expect(tooSmall, `${textSize}: copy-links`).toEqual([]);
    }
  });
}
