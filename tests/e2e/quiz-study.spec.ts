import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { hintFor } from '../../src/lib/quiz/hint';
import { progressNotices } from '../../src/lib/quiz/storage';
import { versionedKeys } from '../../src/lib/versioned-storage';
import type { Question } from '../../src/schemas/question';
import { readBlocks } from '../helpers/handbook';
import { expect, test } from './support/fixtures';
import { answerFirstWrongly, codeStartingWith, questionsOf } from './support/quiz';

// Readers are in China: 今日复习 counts days by the device's own time zone.
test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' });

/** The radio button of a question's right option, as shown with its letter (“D. 5个工作日”). */
const rightOption = (page: Page, question: Question) =>
  page.getByRole('radio', { name: new RegExp(`^[A-F]\\. ${question.options.find((o) => o.id === question.answer)!.text}$`) });

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), versionedKeys.quiz.key);
const paragraphs = Object.fromEntries([...readBlocks()].map(([id, block]) => [id, block.text]));
const bankVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'quiz', 'questions.json'), 'utf8')) as { version: string }).version;

test('提示 shows the paragraph that settles the question, unmarked, then its sentence, and the results say it was used', async ({ page }) => {
  const code = codeStartingWith('p6', 'procedure-publicity-days');
  const question = questionsOf(code)[0]!;
  const hint = hintFor(question, paragraphs)!;
  await page.goto(`/quiz/?set=${code}`);
  await page.getByRole('button', { name: '开始练习' }).click();

  await page.getByRole('button', { name: /提示/ }).click();
  const panel = page.getByRole('region', { name: /提示/ });
  await expect(panel.getByRole('heading')).toBeFocused();
  const quoted = async () => (await panel.locator('blockquote').textContent())!.replace(/\s+/g, '');
  await expect(panel.locator('blockquote')).toBeVisible();
  expect(await quoted()).toBe(hint.paragraph);
  // Nothing is marked or chosen: the hint leads to the text, the reader still answers.
  await expect(panel.locator('mark, strong, em')).toHaveCount(0);
  await expect(page.locator('.question input:checked')).toHaveCount(0);
  await expect(panel.getByRole('link', { name: '在手册中打开' })).toHaveAttribute('href', `/procedure/#${hint.anchor}`);

  await panel.getByRole('button', { name: /缩小到一句/ }).click();
  await expect.poll(quoted).toBe(hint.sentence);
  expect(hint.sentence.length).toBeLessThan(hint.paragraph.length);

  await rightOption(page, question).check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: '回答正确' })).toBeVisible();
  await expect(page.getByText('这道题看过提示。')).toBeVisible();

  // The rest are skipped, which 每题马上判对错 allows; the hinted answer still scores.
  await page.getByRole('button', { name: '下一题' }).click();
  const total = questionsOf(code).length;
  for (let n = 2; n < total; n++) {
    await expect(page.getByText(`第${n}题，共${total}题`)).toBeVisible();
    await page.getByRole('button', { name: '跳过这题' }).click();
  }
  await page.getByRole('button', { name: '跳过，看结果' }).click();
  await expect(page.getByText(`答对 1 题，共 ${total} 题。`)).toBeVisible();
  await expect(page.getByText('其中1题看过提示（不扣分）。')).toBeVisible();
  await expect(page.locator('.results__item summary', { hasText: '看过提示' })).toHaveCount(1);

  await page.getByRole('button', { name: '换一组题' }).click();
  await expect(page.getByRole('heading', { name: '做过的练习' })).toBeVisible();
  await expect(page.locator('.history li').first()).toContainText(`答对 1 题，共 ${total} 题 · 看过提示1题`);
});

test('a question got wrong comes back in 今日复习 the next day, and answered right it waits longer', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T20:00:00+08:00'));
  const question = await answerFirstWrongly(page, 'p6', 'procedure-publicity-days');
  await expect(page.getByRole('heading', { name: '回答错误' })).toBeVisible();
  await page.goto('/quiz/');
  await expect(page.getByText('今天没有要复习的题。下一次复习在12月2日。')).toBeVisible();

  await page.clock.setFixedTime(new Date('2026-12-02T07:30:00+08:00'));
  await page.reload();
  await expect(page.getByText('今天复习 1 题')).toBeVisible();
  await page.getByRole('button', { name: '开始今日复习' }).click();
  await expect(page.getByText('第1题，共1题')).toBeVisible();
  await rightOption(page, question).check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await page.getByRole('button', { name: '看看结果' }).click();
  await expect(page.getByText('答对 1 题，共 1 题。')).toBeVisible();
  await page.getByRole('button', { name: '换一组题' }).click();
  await expect(page.getByText(/^今天没有要复习的题。下一次复习在12月(\d+)日。$/)).toBeVisible();
  const next = Number((await page.getByText(/下一次复习在/).textContent())!.match(/12月(\d+)日/)![1]);
  expect(next).toBeGreaterThan(3);

  // A week away: the question is due again, once.
  await page.clock.setFixedTime(new Date('2026-12-12T09:00:00+08:00'));
  await page.reload();
  await expect(page.getByText('今天复习 1 题')).toBeVisible();
});

test('the 错题本 of the first version is kept and comes up in 今日复习 at once', async ({ page }) => {
  const ids = questionsOf(codeStartingWith('p6', 'procedure-publicity-days')).slice(0, 3).map((q) => q.id);
  await page.goto('/quiz/');
  await page.evaluate(
    ([key, mistakes]) => localStorage.setItem(key, JSON.stringify({ version: 1, sets: {}, mistakes })),
    [versionedKeys.quiz.key, ids] as const,
  );
  await page.reload();
  await expect(page.getByText('错题本里有3道题。')).toBeVisible();
  await expect(page.getByText('今天复习 3 题')).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('纠错 composes a report to copy, with the question, bank version, set and answer, and sends nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const posts: string[] = [];
  page.on('request', (request) => request.method() !== 'GET' && posts.push(request.url()));
  const code = codeStartingWith('p6', 'procedure-publicity-days');
  await answerFirstWrongly(page, 'p6', 'procedure-publicity-days');
  await page.getByText('纠错：这道题有问题？').click();
  await page.getByLabel('哪里有问题？（可以不填）').fill('选项的说法和手册不一致');
  await page.getByRole('button', { name: '复制纠错内容' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('题目编号：procedure-publicity-days');
  expect(report).toContain(`题库版本：${bankVersion}`);
  expect(report).toContain(`练习编号：${code}`);
  expect(report).toMatch(/我的答案：[A-F]\n/);
  expect(report).toContain('意见：选项的说法和手册不一致');
  await expect(page.getByRole('textbox', { name: '纠错内容' })).toHaveValue(report);
  // No e-mail address is set by default, so no mail link.
  await expect(page.getByRole('link', { name: '用邮件发送' })).toHaveCount(0);
  expect(posts).toEqual([]);
});

test('an answer is kept by a reload straight after it, in either mode', async ({ page }) => {
  await answerFirstWrongly(page, 'p6', 'procedure-publicity-days');
  await page.reload();
  // Taken up at the first question without an answer: the one answered is counted.
  await expect(page.getByText(/^第2题，共\d+题$/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '已答1题' })).toBeVisible();

  await page.goto('/quiz/');
  await page.getByRole('radio', { name: /全部答完再告诉我/ }).check();
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.reload();
  await expect(page.getByText(/^第2题，共\d+题$/)).toBeVisible();
  await page.getByRole('button', { name: '上一题' }).click();
  await expect(page.locator('.question input:checked')).toHaveCount(1);
  const code = new URL(page.url()).searchParams.get('set')!;
  expect(Object.keys(JSON.parse((await stored(page))!).sets[code].answers)).toHaveLength(1);
});

test('an answer storage refused for a moment is saved as the page is left', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByRole('radio', { name: /全部答完再告诉我/ }).check();
  // Storage is full for a moment (another tab or site filled it), as the reader answers.
  await page.evaluate((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key && !(window as { roomAgain?: boolean }).roomAgain) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, versionedKeys.quiz.key);
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await expect(page.getByText(progressNotices.unavailable)).toBeVisible();
  expect(await stored(page)).toBeNull();
  // Room again; the reader leaves at once (a reload, with no further answer): pagehide saves what was refused.
  await page.evaluate(() => ((window as { roomAgain?: boolean }).roomAgain = true));
  await page.reload();
  await expect(page.getByText(/^第2题，共\d+题$/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '已答1题' })).toBeVisible();
});

test('progress kept under the former key (ershida-quiz) is moved to its handbook: key and shown', async ({ page }) => {
  const former = JSON.stringify({ version: 1, sets: {}, mistakes: ['procedure-publicity-days'] });
  await page.goto('/quiz/');
  await page.evaluate((value) => localStorage.setItem('ershida-quiz', value), former);
  await page.reload();
  await expect(page.getByText('错题本里有1道题。')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ershida-quiz'))).toBeNull();
  expect(JSON.parse((await stored(page))!).mistakes).toEqual(['procedure-publicity-days']);
});

test('two open tabs keep each other’s sets', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/quiz/');
  await other.goto('/quiz/');
  await expect(other.getByRole('button', { name: '开始练习' })).toBeVisible();

  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  // The other tab, opened before, follows at once and keeps the set when it starts one of its own.
  await expect(other.getByRole('heading', { name: '接着做' })).toBeVisible();
  await other.getByRole('radio', { name: /随机抽题/ }).check();
  await other.getByRole('button', { name: '开始练习' }).click();
  // A random question may be an ordering one, already answered by the order shown.
  await expect(other.getByText(/^第1题，共20题$/)).toBeVisible();
  const inputs = other.locator('.question input');
  if ((await inputs.count()) > 0) await inputs.first().check();
  await other.getByRole('button', { name: '检查答案' }).click();

  await page.goto('/quiz/');
  await expect(page.locator('.unfinished li')).toHaveCount(2);
  await expect(page.getByText(/已答1题/)).toHaveCount(2);
});

test('progress saved by a newer version of the site is left untouched, and the reader is told', async ({ page }) => {
  const newer = JSON.stringify({ version: 99, sets: { 'd-7k3f': { feedback: 'each', answers: {}, extra: 1 } }, mistakes: [], future: true });
  await page.goto('/quiz/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [versionedKeys.quiz.key, newer] as const);
  await page.reload();
  await expect(page.getByText(progressNotices.newer)).toBeVisible();
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: /回答正确|回答错误/ })).toBeVisible();
  expect(await stored(page)).toBe(newer);
});

test('the home page gives a newcomer one path: read a part, answer its five-question check, review the mistakes', async ({ page }) => {
  await page.goto('/');
  const path = page.getByRole('region', { name: '不知道从哪里开始？' });
  await expect(path.getByRole('listitem')).toHaveCount(3);
  await path.getByRole('link', { name: /^读“一、/ }).click();
  await expect(page).toHaveURL(/\/significance\/$/);
  await page.goBack();
  await path.getByRole('link', { name: '做这一部分的五道自测题' }).click();
  await expect(page.getByRole('heading', { name: /^一、.+ · 五题自测$/ })).toBeVisible();
  await expect(page.getByText(/^共5题/)).toBeVisible();
  await page.getByRole('button', { name: '开始练习' }).click();
  await expect(page.getByText('第1题，共5题')).toBeVisible();
  await page.goto('/');
  await path.getByRole('link', { name: '复习答错的题' }).click();
  await expect(page.getByRole('heading', { name: '今日复习' })).toBeVisible();
});
