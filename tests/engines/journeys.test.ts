import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { settingsKey, type ReaderSettings } from '../../src/lib/reader-settings';
import { readBankQuestions } from '../helpers/bank';
import { wrongOptionText } from '../e2e/support/quiz';
import { engines, reference } from './drivers';
import type { Engine, EnginePage } from './drivers/types';
import { reader } from './find';
import { landmarks } from './landmarks';

// The main journeys in every engine of the browser floor (README, "Which browsers"), at a 390px phone width.
// An engine that cannot start here fails the run on CI and is skipped, with its reason, elsewhere.
const baseURL = inject('baseURL');
const shots = join(process.cwd(), 'test-results', 'engines');
mkdirSync(shots, { recursive: true });
const bank = readBankQuestions();

/** Stores the reader's settings the way the settings panel does, then loads `path` with them. */
async function openWith(page: EnginePage, path: string, settings: Partial<ReaderSettings>) {
  await page.goto('/');
  await page.evaluate((key: string, value: string) => localStorage.setItem(key, value), settingsKey, JSON.stringify(settings));
  await page.goto(path);
}

/** The colour cases compared with current Chromium: the reader's 浅色 and 深色, and the system's dark. */
const cases = [
  { name: 'light, 特大', systemScheme: 'light', settings: { scheme: 'light', textSize: 'xlarge' } },
  { name: 'dark, 特大', systemScheme: 'light', settings: { scheme: 'dark', textSize: 'xlarge' } },
  { name: 'system dark, 标准', systemScheme: 'dark', settings: {} },
] as const;

/** The landmarks of a part page with these settings, in `page` or, for a dark system, in a browser of its own. */
async function landmarksOf(engine: Engine, page: EnginePage, c: (typeof cases)[number]) {
  const own = c.systemScheme === 'light' ? undefined : await engine.open({ systemScheme: c.systemScheme, baseURL });
  try {
    await openWith(own ?? page, '/procedure/', c.settings);
    await (own ?? page).press('Tab');
    return await (own ?? page).evaluate(landmarks);
  } finally {
    await own?.close();
  }
}

const expected = new Map<string, Record<string, string>>();
beforeAll(async () => {
  if (reference.missing()) throw new Error(`the reference engine cannot start: ${reference.missing()}`);
  const page = await reference.open({ systemScheme: 'light', baseURL });
  try {
    for (const c of cases) expected.set(c.name, await landmarksOf(reference, page, c));
  } finally {
    await page.close();
  }
});

/**
 * How the chosen quiz option looks beside the others: marked by its class (Firefox ESR before 121 has no :has()),
 * with the accent's edge and the bar at its start, which the other options lack.
 */
function chosenLook() {
  const input = document.querySelector<HTMLInputElement>('fieldset.question input:checked')!;
  const chosen = input.closest('label')!;
  const others = [...document.querySelectorAll<HTMLElement>('fieldset.question label')].filter((l) => l !== chosen);
  const accent = getComputedStyle(document.querySelector('.question__number')!).color;
  const style = getComputedStyle(chosen);
  return {
    marked: chosen.classList.contains('choice--chosen'),
    accentEdge: style.borderTopColor === accent,
    bar: style.boxShadow.includes('inset'),
    othersPlain: others.length > 0 && others.every((o) => getComputedStyle(o).borderTopColor !== accent && getComputedStyle(o).boxShadow === 'none'),
  };
}

for (const engine of engines) {
  const missing = engine.missing();
  if (missing && process.env['CI']) throw new Error(`${engine.name} cannot run: ${missing}`);

  describe.skipIf(missing)(engine.name, () => {
    let page: EnginePage;
    beforeAll(async () => {
      page = await engine.open({ systemScheme: 'light', baseURL });
    });
    afterAll(async () => {
      await page?.close();
    });
    const fresh = async (path: string) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.clear());
      await page.goto(path);
      return reader(page);
    };

    for (const c of cases) {
      test.skipIf(c.systemScheme === 'dark' && !engine.emulatesSystemScheme)(
        `a part page has current Chromium's colours, borders, focus ring and sizes (${c.name})`,
        async () => {
          expect(await landmarksOf(engine, page, c)).toEqual(expected.get(c.name));
          expect(await page.errors()).toEqual([]);
        },
      );
    }

    test('the chosen text size and scheme survive a reload', async () => {
      const r = await fresh('/procedure/');
      await r.click({ role: 'button', name: '阅读设置' });
      await r.choose({ role: 'radio', name: '特大' });
      await r.choose({ role: 'radio', name: '深色' });
      await page.reload();
      const state = await page.evaluate(() => [
        document.documentElement.dataset['textSize'],
        getComputedStyle(document.body).backgroundColor.replace(/\s+/g, ''),
      ]);
      expect(state).toEqual(['xlarge', expected.get('dark, 特大')!['page background']]);
      await r.click({ role: 'button', name: '阅读设置' });
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((i) => i.labels?.[0]?.textContent?.trim()))).toEqual(
        expect.arrayContaining(['特大', '深色']),
      );
      expect(await page.errors()).toEqual([]);
    });

    test('a search finds the words, and the paragraph it leads to has them marked', async () => {
      const r = await fresh('/procedure/');
      await r.click({ role: 'button', name: '搜索' });
      const dialog = { role: 'dialog', name: '搜索手册' } as const;
      await r.fill({ role: 'searchbox', within: dialog }, '公示');
      await r.waitFor({ role: 'status', name: /找到含有“公示”/, within: dialog });
      await r.click({ role: 'link', name: /公示时间为5个工作日/, within: dialog });
      await r.waitFor({ role: 'status', text: '本页已标出“公示”，共 2 处' });
      const marked = await page.evaluate(() =>
        CSS.highlights?.get('search-hit')
          ? [...CSS.highlights.get('search-hit')!].map((range) => (range as Range).toString())
          : [...document.querySelectorAll('mark')].map((m) => m.textContent),
      );
      expect(marked).toEqual(['公示', '公示']);
      expect(await page.evaluate(() => location.hash)).toBe('#step-3-preliminary');
      expect(await page.errors()).toEqual([]);
    });

    test.skipIf(!engine.runsBeforeScripts)('without the Custom Highlight API, the words are marked with <mark>', async () => {
      await page.goto('/');
      await page.goto(`/procedure/?hl=${encodeURIComponent('公示')}#step-3-preliminary`, 'delete CSS.highlights; delete window.Highlight;');
      const r = reader(page);
      await r.waitFor({ role: 'status', text: '本页已标出“公示”，共 2 处' });
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('mark')].map((m) => `${m.textContent} ${getComputedStyle(m).backgroundColor}`),
      );
      expect(marks).toEqual(['公示 rgb(255, 240, 168)', '公示 rgb(255, 240, 168)']);
    });

    test('the margin calculator explains bad input next to the field and shows no result', async () => {
      const r = await fresh('/procedure/?seats=69&margin=15');
      await r.until('the calculator to run', () => !document.querySelector('#margin-calculator astro-island[ssr]'));
      await r.waitFor({ text: /至少需要80名候选人/ });
      await r.fill({ role: 'textbox', name: '差额比例' }, '-15');
      await r.waitFor({ text: '差额比例不能是负数。' });
      expect(await r.has({ text: /至少需要80名候选人/ })).toBe(false);
      expect(await page.errors()).toEqual([]);
    });

    test('a quiz set answered to the end lands its mistakes in the 错题本', async () => {
      const r = await fresh('/quiz/preface/');
      await r.click({ role: 'button', name: '开始练习' });
      let total = 0;
      for (let n = 1; total === 0 || n <= total; n++) {
        const counter = await r.textOf({ text: new RegExp(`^第${n}题，共\\d+题$`) });
        total = Number(counter.match(/共(\d+)题/)![1]);
        const legend = await r.textOf({ role: 'group', name: new RegExp(`第${n}题`) });
        const question = bank.find((q) => legend.includes(q.stem));
        expect(question, legend).toBeDefined();
        await r.choose({ role: question!.type === 'multiple' ? 'checkbox' : 'radio', name: wrongOptionText(question!) });
        if (n === 1) expect(await page.evaluate(chosenLook)).toEqual({ marked: true, accentEdge: true, bar: true, othersPlain: true });
        await r.click({ role: 'button', name: '检查答案' });
        await r.waitFor({ role: 'heading', name: /回答错误/ });
        await r.click({ role: 'button', name: /^(下一题|看看结果)$/ });
      }
      await r.waitFor({ role: 'heading', name: /练习完成/ });
      await page.goto('/quiz/');
      await r.waitFor({ text: `错题本里有${total}道题。` });
      await r.click({ role: 'button', name: '练习错题本' });
      await r.waitFor({ text: `第1题，共${total}题` });
      expect(await page.errors()).toEqual([]);
    });

    test('the presenter moves on and shows the answer', async () => {
      const r = await fresh('/quiz/present/?set=d-7k3f');
      await r.waitFor({ role: 'heading', name: '选举纪律专题' });
      // The heading is server-rendered: a key pressed before the island has hydrated (Astro then drops its `ssr`
      // attribute) is lost, which a loaded machine makes likely.
      for (const until = Date.now() + 20_000; await page.evaluate(() => !!document.querySelector('astro-island[ssr]')); ) {
        if (Date.now() > until) throw new Error('the presenter did not hydrate');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await page.press('ArrowRight');
      await r.waitFor({ text: /^第1题 \/ 共\d+题$/ });
      expect(await r.has({ text: /^正确答案：/ })).toBe(false);
      await r.click({ role: 'button', name: /^显示答案/ });
      await r.waitFor({ text: /^正确答案：/ });
      await r.click({ role: 'button', name: /^下一题/ });
      await r.waitFor({ text: /^第2题 \/ 共\d+题$/ });
      expect(await page.errors()).toEqual([]);
    });

    test('no page says part of it failed to load, on a first visit or a later one under the service worker', async () => {
      const failures: string[] = [];
      for (const visit of ['first', 'again'] as const) {
        if (visit === 'first') await fresh('/quiz/print/');
        else await page.goto('/quiz/print/');
        // The guard checks with the server before it shows a message; a moment is time enough on a loaded machine.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const shown = await page.evaluate(() => [...document.querySelectorAll('.load-failure')].map((b) => b.textContent));
        failures.push(...shown.map((text) => `/quiz/print/ (${visit}): ${text}`));
      }
      const r = reader(page);
      await page.goto('/quiz/');
      await r.click({ role: 'button', name: '开始练习' });
      await r.waitFor({ text: /^第1题，共\d+题$/ });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      failures.push(...(await page.evaluate(() => [...document.querySelectorAll('.load-failure')].map((b) => `/quiz/: ${b.textContent}`))));
      expect(failures).toEqual([]);
    });

    test('screenshots of a part, the quiz and the search, light and dark', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        for (const [what, path] of [
          ['part', '/procedure/'],
          ['quiz', '/quiz/'],
          ['search', `/search/?q=${encodeURIComponent('公示')}`],
        ] as const) {
          await openWith(page, path, { scheme });
          if (what === 'search') await reader(page).waitFor({ role: 'status', name: /找到/ });
          if (what === 'quiz') await reader(page).waitFor({ role: 'button', name: '开始练习' });
          await page.screenshot(join(shots, `${engine.name}-${what}-${scheme}.png`));
        }
      }
      expect(await page.errors()).toEqual([]);
    });
  });
}
