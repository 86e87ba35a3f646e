import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readPartPaths } from '../helpers/handbook';

const partPaths = readPartPaths();

/** Folding as the search is required to fold, written independently of src/lib: whitespace ignored, full and half width alike. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

interface Block {
  part: string;
  id: string;
  text: string;
}

/** The built part pages' own text, paragraph by paragraph (controls and editorial additions left out). */
async function readBlocks(page: Page): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const part of partPaths) {
    await page.goto(part);
    const found = await page.locator('article :is(p, h1, h2, h3, h4, h5, h6)[id]').evaluateAll((elements) =>
      elements
        .filter((el) => !el.closest('[data-pagefind-ignore], [data-editorial]'))
        .map((el) => {
          const copy = el.cloneNode(true) as Element;
          copy.querySelectorAll('[data-pagefind-ignore], [data-editorial]').forEach((e) => e.remove());
          return { id: el.id, text: copy.textContent ?? '' };
        }),
    );
    blocks.push(...found.map((b) => ({ part, id: b.id, text: fold(b.text) })));
  }
  return blocks;
}

/** The ground truth for a query: occurrences per part and the paragraphs holding any word, by substring search. */
function truth(blocks: Block[], query: string) {
  const words = query.split(/\s+/).filter(Boolean).map(fold);
  const count = (text: string, word: string) => text.split(word).length - 1;
  const parts = new Map<string, number>();
  for (const part of partPaths) {
    const mine = blocks.filter((b) => b.part === part);
    const perWord = words.map((w) => mine.reduce((n, b) => n + count(b.text, w), 0));
    if (perWord.every((n) => n > 0)) parts.set(part, perWord.reduce((a, b) => a + b, 0));
  }
  const paragraphs = blocks.filter((b) => parts.has(b.part) && words.some((w) => b.text.includes(w))).map((b) => `${b.part}#${b.id}`);
  return { words, parts, paragraphs };
}

/** A deterministic pseudo-random sequence (mulberry32), so every run samples the same phrases. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` phrases of 2 to 8 characters cut from a part's paragraphs at pseudo-random places. */
function samplePhrases(blocks: Block[], part: string, n: number, seed: number): string[] {
  const next = random(seed);
  const mine = blocks.filter((b) => b.part === part && b.text.length >= 2);
  const phrases = new Set<string>();
  while (phrases.size < n) {
    const block = mine[Math.floor(next() * mine.length)]!;
    const length = Math.min(block.text.length, 2 + Math.floor(next() * 7));
    const at = Math.floor(next() * (block.text.length - length + 1));
    phrases.add(block.text.slice(at, at + length));
  }
  return [...phrases];
}

/** What the search page shows for a query: parts in order, the paragraphs linked, and every marked word. */
async function resultsFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('main').getByRole('status').filter({ hasText: /找到|没有/ });
  await expect(status).toBeVisible();
  const parts = await page.locator('.search-part').evaluateAll((items) =>
    items.map((item) => ({
      part: new URL((item.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
      paragraphs: [...item.querySelectorAll<HTMLAnchorElement>('.search-paragraphs a')].map((a) => {
        const url = new URL(a.href);
        return { link: `${url.pathname}${url.hash}`, hl: url.searchParams.get('hl'), marks: [...a.querySelectorAll('mark')].map((m) => m.textContent) };
      }),
    })),
  );
  return { status: (await status.textContent()) ?? '', parts };
}

/** Checks one query's results page against the ground truth; returns what is wrong. */
async function problems(page: Page, blocks: Block[], query: string): Promise<string[]> {
  const expected = truth(blocks, query);
  const shown = await resultsFor(page, query);
  const wrong: string[] = [];
  const parts = shown.parts.map((p) => p.part);
  const missing = [...expected.parts.keys()].filter((p) => !parts.includes(p));
  const extra = parts.filter((p) => !expected.parts.has(p));
  if (missing.length) wrong.push(`${query}: missing ${missing.join(' ')}`);
  if (extra.length) wrong.push(`${query}: wrong part ${extra.join(' ')}`);
  const best = Math.max(...expected.parts.values());
  if (parts[0] && expected.parts.get(parts[0]) !== best) wrong.push(`${query}: ${parts[0]} first, with fewer occurrences than another part`);
  const linked = shown.parts.flatMap((p) => p.paragraphs.map((q) => q.link));
  const unlinked = expected.paragraphs.filter((p) => !linked.includes(p));
  if (unlinked.length) wrong.push(`${query}: no link to ${unlinked.join(' ')}`);
  if (linked.length !== expected.paragraphs.length) wrong.push(`${query}: ${linked.length} paragraph links for ${expected.paragraphs.length} paragraphs`);
  const marks = shown.parts.flatMap((p) => p.paragraphs.flatMap((q) => q.marks.map((m) => fold(m ?? ''))));
  const badMarks = marks.filter((m) => !expected.words.includes(m));
  if (badMarks.length) wrong.push(`${query}: marked ${badMarks.join('、')}`);
  return wrong;
}

test('Pagefind indexes the eight part pages, and on them only the handbook’s words with their paragraph ids', async ({ page }) => {
  await page.goto('/');
  const indexed = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(url);
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search(null);
    return Promise.all(
      results.map(async (r: { data(): Promise<{ url: string; content: string; anchors: { id: string }[] }> }) => {
        const page = await r.data();
        return { url: page.url, content: page.content, ids: page.anchors.map((a) => a.id) };
      }),
    );
  });
  expect(indexed.map((p) => p.url).sort()).toEqual([...partPaths].sort());
  for (const part of indexed) {
    expect(part.content).not.toMatch(/本部分目录|第.部分|回到顶部|跳到正文/);
    expect(part.ids).not.toContain('page-toc-title');
  }
  expect(indexed.find((p) => p.url === '/procedure/')!.ids).toContain('step-3-preliminary');
});

test.describe('results match the handbook exactly', () => {
  let blocks: Block[] = [];
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    blocks = await readBlocks(page);
    await page.close();
  });

  partPaths.forEach((part, i) => {
    test(`15 phrases sampled from ${part} find exactly the parts that hold them, the best part first, every paragraph linked`, async ({ page }) => {
      const phrases = samplePhrases(blocks, part, 15, 2022 + i);
      const wrong: string[] = [];
      for (const phrase of phrases) wrong.push(...(await problems(page, blocks, phrase)));
      expect(wrong).toEqual([]);
    });
  });

  test('words separated by spaces find the parts that hold all of them', async ({ page }) => {
    const next = random(20);
    const queries = ['四必 纪检监察机关', '差额 选举', '代表 结构 比例', '公示 中组部'];
    for (let i = 0; i < 8; i++) {
      const [a, b] = [partPaths[i % 8]!, partPaths[Math.floor(next() * 8)]!];
      queries.push(`${samplePhrases(blocks, a, 1, 100 + i)[0]} ${samplePhrases(blocks, b, 1, 200 + i)[0]}`);
    }
    const wrong: string[] = [];
    for (const query of queries) {
      wrong.push(...(await problems(page, blocks, query)));
      // Both halves found somewhere, yet no part holding both, must read as a plain "none".
      if (truth(blocks, query).parts.size === 0) expect((await resultsFor(page, query)).status).toContain('没有');
    }
    expect(wrong).toEqual([]);
  });

  test('full-width digits and typed spaces find what the handbook prints half-width and unspaced', async ({ page }) => {
    const shown = await resultsFor(page, '５个工作日');
    expect(shown.parts.map((p) => p.part)).toEqual(['/procedure/']);
    expect(shown.parts[0]!.paragraphs.map((p) => p.marks)).toEqual([['5个工作日']]);
  });
});

test.describe('when nothing matches', () => {
  test('a question says so plainly and offers the longest part of it that the handbook contains', async ({ page }) => {
    const shown = await resultsFor(page, '差额比例是多少');
    expect(shown.status).toContain('手册中没有“差额比例是多少”');
    expect(shown.parts).toEqual([]);
    await page.getByRole('link', { name: '差额比例' }).click();
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('差额比例')}`);
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '找到' })).toContainText('1 个部分、1 段');
  });

  test('Chinese numerals find the digits the handbook prints', async ({ page }) => {
    await resultsFor(page, '五个工作日');
    await expect(page.getByRole('link', { name: '5个工作日' })).toBeVisible();
  });

  const hostile = ['<script>window.hacked=1</script>', '<img src=x onerror="window.hacked=1">', '.*+?^${}()|[]\\', '😀🇨🇳', 'abc党章xyz', '" onmouseover="x'];
  for (const input of hostile) {
    test(`odd input is searched as plain text, with a clear message: ${input}`, async ({ page }) => {
      let alerted = false;
      page.on('dialog', (d) => ((alerted = true), d.dismiss()));
      const shown = await resultsFor(page, input);
      expect(shown.status).toMatch(/^手册中没有“.+”。/);
      expect(await page.locator('main img, main script:not([src]):not([type])').count()).toBe(0);
      expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
      expect(alerted).toBe(false);
    });
  }

  test('an empty box, or spaces only, asks for a word and offers examples that find something', async ({ page }) => {
    for (const input of ['', '   ']) {
      await page.goto(`/search/?q=${encodeURIComponent(input)}`);
      await expect(page.getByRole('main').getByRole('status').filter({ hasText: '输入要找的字词' })).toBeVisible();
    }
    await page.getByRole('link', { name: '四必' }).click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '找到' })).toBeVisible();
  });

  test('a 1,000-character query is cut, and the reader is told', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: '搜索手册全文' }).fill('差额'.repeat(500));
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '搜索词太长，只按前 64 个字搜索。' })).toBeVisible();
  });
});

test.describe('the search dialog', () => {
  test('opens with /, searches as one types, moves through results with the arrow keys, and Enter follows one', async ({ page }) => {
    await page.goto('/quotas/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索手册' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.insertText('公示');
    await expect(dialog.getByRole('status')).toHaveText('找到含有“公示”的 1 个部分、1 段，共 2 处。');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('link', { name: /^六、/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const paragraph = dialog.getByRole('link', { name: /公示时间为5个工作日/ });
    await expect(paragraph).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/procedure/?hl=${encodeURIComponent('公示')}#step-3-preliminary`);
  });

  test('Tab never leaves it for the page behind, and Escape closes it and returns focus to the button', async ({ page }) => {
    await page.goto('/procedure/');
    const button = page.getByRole('banner').getByRole('button', { name: '搜索' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '搜索手册' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.insertText('差额');
    await expect(dialog.getByRole('status')).toContainText('找到');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      // Past its last control, focus goes to the browser's own controls (the document's body here), then back in.
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('opens with Ctrl+K too, and the close button closes it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索手册' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  });

  test('waits while an input method composes pinyin, and searches the words it commits', async ({ page }) => {
    await page.goto('/procedure/');
    await page.keyboard.press('/');
    const status = page.getByRole('dialog').getByRole('status');
    await expect(status).toHaveText(/输入要找的字词/);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'cha e', selectionStart: 5, selectionEnd: 5 });
    await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('cha e');
    await expect(status).toHaveText(/输入要找的字词/);
    await cdp.send('Input.insertText', { text: '差额' });
    await expect(status).toHaveText('找到含有“差额”的 1 个部分、2 段，共 2 处。');
  });

  test('/ typed in a text box stays a character', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: '搜索手册全文' });
    await box.focus();
    await page.keyboard.press('/');
    await expect(box).toHaveValue('/');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

/** Serves the favicon from memory: the browser fetches it whenever it likes, which is no part of search. */
const keepFavicon = (page: Page) => page.route('**/favicon.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }));

test.describe('the search page', () => {
  test('keeps the query in the address as one types, and Back returns to the search before', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('差额')}`);
    const box = page.getByRole('searchbox', { name: '搜索手册全文' });
    await expect(box).toHaveValue('差额');
    await expect(page.getByRole('main').getByRole('status')).toContainText('含有“差额”');
    await box.fill('公示');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('公示')}`);
    await box.press('Enter');
    await box.fill('四必');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('四必')}`);
    await page.goBack();
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('公示')}`);
    await expect(box).toHaveValue('公示');
    await expect(page.getByRole('main').getByRole('status')).toContainText('含有“公示”');
    await page.goBack();
    await expect(box).toHaveValue('差额');
    await expect(page.getByRole('main').getByRole('status')).toContainText('含有“差额”');
  });

  test('is reached from the home page’s search box', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('searchbox', { name: '搜索手册全文' }).fill('中组部');
    await page.getByRole('main').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('中组部')}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText('含有“中组部”');
  });

  test('a result leads to its paragraph, scrolled into view, with the words highlighted on the page', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('差额')}`);
    await page.getByRole('link', { name: /按多于15%的差额比例/ }).click();
    await expect(page).toHaveURL(`/procedure/?hl=${encodeURIComponent('差额')}#step-5-election`);
    await expect(page.locator('#step-5-election')).toBeInViewport();
    const marked = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()));
    expect(marked).toEqual(['差额', '差额']);
    await expect(page.getByRole('status').filter({ hasText: '本页已标出' })).toHaveText('本页已标出“差额”，共 2 处');
  });

  test('keeps working with the network cut once it has loaded', async ({ page, context }) => {
    await keepFavicon(page);
    await page.goto('/search/');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/输入要找的字词/);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const box = page.getByRole('searchbox', { name: '搜索手册全文' });
    for (const [query, found] of [['四必', '找到含有“四必”的'], ['党章 代表', '找到同时含有“党章”和“代表”的'], ['五个工作日', '5个工作日']]) {
      await box.fill(query!);
      await expect(page.getByRole('main')).toContainText(found!);
    }
    await context.setOffline(false);
  });
});

test('the search dialog keeps working with the network cut once opened', async ({ page, context }) => {
  await keepFavicon(page);
  await page.goto('/leadership/');
  await page.keyboard.press('/');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.keyboard.insertText('纪检监察机关');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到含有“纪检监察机关”的');
  await context.setOffline(false);
});

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the search page with results and with none has no axe violations', async ({ page }) => {
      for (const q of ['差额', '差额比例是多少']) {
        await resultsFor(page, q);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });

    test('the open dialog with results has no axe violations', async ({ page }) => {
      await page.goto('/procedure/');
      await page.keyboard.press('/');
      await page.keyboard.insertText('选举');
      await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到');
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
