// Questions typed in the readers' words, which the handbook does not contain word for word: the nearest paragraphs,
// the answer's sentence, the labels that tell them from exact matches, the highlight on arrival, and hostile input.
import { expect, test } from './support/fixtures';

const status = (scope: import('@playwright/test').Locator) => scope.getByRole('status').filter({ hasText: /找到|没有|输入/ });

test.describe('a question on the search page', () => {
  test('shows the handbook’s sentence that answers it with its part, then the nearest paragraphs, labelled as such', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('公示几天')}`);
    const main = page.getByRole('main');
    await expect(status(main)).toHaveText(/^手册中没有“公示几天”。下面是与它共有字词最多的 \d 段：$/);
    const answer = main.getByRole('region', { name: '手册原文' });
    await expect(answer.getByRole('blockquote')).toContainText('公示时间为5个工作日。');
    await expect(answer).toContainText('——六、二十大代表的产生要经过哪些程序和环节？');
    const nearest = main.getByRole('list', { name: '最接近的段落' });
    await expect(nearest.getByRole('link').first()).toHaveAttribute('href', /#step-3-preliminary$/);
    await expect(main.getByText('完全匹配')).toHaveCount(0);
  });

  test('a nearest paragraph leads to its place with the shared words highlighted on arrival', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('女代表要占多少')}`);
    await page.getByRole('list', { name: '最接近的段落' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/quotas\/\?hl=.+#quota-and-structure$/);
    await expect(page.locator('#quota-and-structure')).toBeInViewport();
    const marked = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()));
    expect(marked).toContain('女党员代表');
    await expect(page.getByRole('status').filter({ hasText: '本页已标出' })).toContainText('“女党员代表”');
  });

  test('exact matches carry their own label, and a few of them are followed by the nearest paragraphs', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('差额')}`);
    await expect(status(page.getByRole('main'))).toHaveText('找到含有“差额”的 1 个部分、2 段，共 2 处。');
    await expect(page.getByRole('main').getByText('完全匹配', { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: '最接近的段落' })).toHaveCount(0);

    await page.goto(`/search/?q=${encodeURIComponent('顶帽子！')}`);
    await expect(status(page.getByRole('main'))).toHaveText('找到含有“顶帽子”的 1 个部分、1 段，共 1 处。');
    await expect(page.getByRole('list', { name: '最接近的段落' }).getByRole('link').first()).toHaveAttribute('href', /#identity-text$/);
    // The exact match (the sub-heading) comes first, the nearest paragraphs after it.
    const order = await page.locator('.search-paragraphs a, .search-nearest a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(order.slice(0, 2)).toEqual(['#identity', '#identity-text']);
  });
});

test.describe('a question in the dialog', () => {
  test('差额选举 puts the 15 % election margin first, and the keys go through the answer and the paragraphs', async ({ page }) => {
    await page.goto('/leadership/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索手册' });
    await page.keyboard.insertText('差额选举');
    await expect(status(dialog)).toContainText('手册中没有“差额选举”。');
    await expect(dialog.getByRole('region', { name: '手册原文' })).toContainText('按多于15%的差额比例');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('region', { name: '手册原文' }).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const first = dialog.getByRole('list', { name: '最接近的段落' }).getByRole('link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/procedure\/\?hl=.+#step-5-election$/);
    expect(new URL(page.url()).searchParams.get('hl')!.split(' ')).toEqual(expect.arrayContaining(['差额', '选举']));
    await expect(page.getByRole('status').filter({ hasText: '本页已标出' })).toBeVisible();
  });
});

test.describe('hostile input', () => {
  /** Puts `text` in the box as a script could (a keyboard cannot type a lone surrogate) and lets the page search. */
  const type = (box: import('@playwright/test').Locator, text: string) =>
    box.evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, text);

  test('a lone surrogate clears the previous results and says what was dropped, without an error', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('差额')}`);
    const main = page.getByRole('main');
    await expect(status(main)).toContainText('找到');
    const box = main.getByRole('searchbox', { name: '搜索手册全文' });
    await type(box, '\uD800');
    await expect(status(main)).toHaveText('已略去搜索词中看不见或无法显示的字符。输入要找的字词，例如：');
    await expect(main.locator('.search-part')).toHaveCount(0);
    await type(box, '差\uDC00额');
    await expect(status(main)).toHaveText('已略去搜索词中看不见或无法显示的字符。找到含有“差额”的 1 个部分、2 段，共 2 处。');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('差额')}`);
  });

  test('invisible and bidi characters inside a word are dropped, and never reorder the status sentence', async ({ page }) => {
    for (const char of ['\u00AD', '\u200E', '\u200F', '\u202E', '\u2067', '\uFEFF']) {
      await page.goto(`/search/?q=${encodeURIComponent(`差${char}额`)}`);
      const line = status(page.getByRole('main'));
      await expect(line).toHaveText('已略去搜索词中看不见或无法显示的字符。找到含有“差额”的 1 个部分、2 段，共 2 处。');
    }
  });
});
