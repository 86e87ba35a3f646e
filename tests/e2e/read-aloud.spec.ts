import { expect, test } from './support/fixtures';
import { recordSpeech } from './support/speech';
import { questionsOf } from './support/quiz';
import { questionPassages } from '../../src/lib/read-aloud/question';
import { utterances } from '../../src/lib/read-aloud/utterances';

// The handbook's words on a page, passage by passage, as the reader sees them (the copy-link icons left out).
const passagesOf = (page: import('@playwright/test').Page, scope: string) =>
  page.locator(scope).evaluate((root) =>
    [...root.querySelectorAll('.part-title, [data-source] > :is(p, h2, h3)')].map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[data-editorial]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    }),
  );

test('reads part 六 from the top, sentence by sentence, in order, with numbers said in words', async ({ page }) => {
  const speech = await recordSpeech(page);
  await page.goto('/procedure/');
  const expected = (await passagesOf(page, 'article.part')).flatMap((p) => utterances(p).map((u) => u.spoken));
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible();
  const log = await speech.log();
  expect(log.map((s) => s.text)).toEqual(expected);
  expect(log.every((s) => s.rate === 1 && s.lang === 'zh-CN')).toBe(true);
  const transcript = log.map((s) => s.text).join('');
  expect(transcript).toContain('公示时间为五个工作日');
  expect(transcript).toContain('百分之十五');
  expect(transcript).not.toMatch(/\d/);
});

test('at the slower speed every utterance of part 六 is spoken at the slower rate', async ({ page }) => {
  const speech = await recordSpeech(page, { endAfter: null });
  await page.goto('/procedure/');
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await page.getByRole('button', { name: '慢速' }).click();
  await expect(page.getByRole('button', { name: '慢速' })).toHaveAttribute('aria-pressed', 'true');
  // The interrupted first sentence is said again at the new rate; from then on the engine ends each one at once.
  const first = await speech.log();
  expect(first.map((s) => s.rate)).toEqual([1, 0.7]);
  expect(first[1]!.text).toBe(first[0]!.text);
  for (let i = 0; i < 400 && !(await page.getByRole('status').filter({ hasText: '朗读完毕' }).isVisible()); i++) {
    await speech.finish();
  }
  const log = (await speech.log()).slice(1);
  const expected = (await passagesOf(page, 'article.part')).flatMap((p) => utterances(p).map((u) => u.spoken));
  expect(log.map((s) => s.text)).toEqual(expected);
  expect(new Set(log.map((s) => s.rate))).toEqual(new Set([0.7]));
});

test('never starts by itself, and the reading code loads only when 朗读 is pressed', async ({ page }) => {
  const speech = await recordSpeech(page);
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/procedure/');
  await page.waitForLoadState('networkidle');
  expect(await speech.log()).toEqual([]);
  expect(scripts.some((u) => /\/read-aloud\.[\w-]+\.js$/.test(u))).toBe(false);
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '朗读' })).toBeVisible();
  expect(scripts.some((u) => /\/read-aloud\.[\w-]+\.js$/.test(u))).toBe(true);
});

test('marks the paragraph being read, keeps it in view, and reads from a tapped paragraph', async ({ page }) => {
  const speech = await recordSpeech(page, { endAfter: null });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/procedure/');
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  const reading = page.locator('[data-reading]');
  await expect(reading).toHaveCount(1);
  await expect(reading).toHaveAttribute('id', 'procedure');
  await page.getByRole('button', { name: '下一段' }).click();
  await expect(reading).toHaveAttribute('id', 'procedure-intro');
  await expect(reading).toBeInViewport();

  // A tap on a paragraph further down reads from there, and that paragraph is now marked.
  const target = page.locator('#step-4-prepared');
  await target.scrollIntoViewIfNeeded();
  await target.click({ position: { x: 40, y: 10 } });
  await expect(reading).toHaveAttribute('id', 'step-4-prepared');
  const log = await speech.log();
  const [firstSentence] = utterances((await target.evaluate((el) => el.firstChild?.textContent ?? '')) ?? '');
  expect(log.at(-1)!.text).toBe(firstSentence!.spoken);

  // The bar stays on screen while reading and the marked paragraph is not hidden under it.
  await speech.finish();
  await expect(page.getByRole('button', { name: '暂停' })).toBeInViewport();
});

test('pause, resume and stop are real buttons, and each change is announced politely', async ({ page }) => {
  const speech = await recordSpeech(page, { endAfter: null });
  await page.goto('/procedure/');
  await page.getByRole('button', { name: '朗读', exact: true }).focus();
  await page.keyboard.press('Enter');
  const status = page.locator('[data-read-aloud-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('开始朗读。');
  // Keyboard focus moves to the control that replaced 朗读.
  await expect(page.getByRole('button', { name: '暂停' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('朗读已暂停。');
  await expect(page.getByRole('button', { name: '继续' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('继续朗读。');
  const log = await speech.log();
  expect(log).toHaveLength(2);
  expect(log[1]!.text).toBe(log[0]!.text);
  await page.getByRole('button', { name: '停止' }).click();
  await expect(status).toHaveText('朗读已停止。');
  await expect(page.locator('[data-reading]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeFocused();
});

test('without a Chinese voice it says so plainly and reads nothing', async ({ page }) => {
  const speech = await recordSpeech(page, { voices: [{ name: 'English', lang: 'en-US', localService: true }] });
  await page.goto('/procedure/');
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '没有中文（普通话）朗读语音' })).toBeVisible();
  expect(await speech.log()).toEqual([]);
  await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeVisible();
});

test('the full text reads across parts', async ({ page }) => {
  const speech = await recordSpeech(page);
  await page.goto('/full/');
  const expected = (await passagesOf(page, 'main')).flatMap((p) => utterances(p).map((u) => u.spoken));
  await page.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible({ timeout: 30_000 });
  expect((await speech.log()).map((s) => s.text)).toEqual(expected);
});

test('in the quiz, 朗读本题 reads the question and then its options, each with its letter', async ({ page }) => {
  const speech = await recordSpeech(page);
  await page.goto('/quiz/');
  await page.getByRole('button', { name: '开始练习' }).click();
  await expect(page.getByText(/^第1题，共\d+题$/)).toBeVisible();
  const code = new URL(page.url()).searchParams.get('set');
  expect(code).toBeTruthy();
  const first = questionsOf(code!)[0]!;
  const button = page.getByRole('button', { name: '朗读本题' });
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  const log = (await speech.log()).map((s) => s.text);
  expect(log).toEqual(questionPassages(first, 1).flatMap((p) => p.map((u) => u.spoken)));
  expect(log[0]).toMatch(/^第一题，/);
  expect(log.slice(-first.options.length)[0]).toMatch(first.type === 'judge' ? /^正确/ : /^A，/);
});
