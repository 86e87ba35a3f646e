import { test as unguarded } from '@playwright/test';
import { emptyProgress, progressNotices } from '../../src/lib/quiz/storage';
import { versionedKeys } from '../../src/lib/versioned-storage';
import { invalidCodeMessage, sessionSize } from '../../src/lib/quiz/sets';
import { expect, test } from './support/fixtures';
import { answerFirstWrongly, codeStartingWith, poolOf, questionsOf, refuseStorage, tabTo } from './support/quiz';

test.use({ viewport: { width: 390, height: 844 } });

test('a reader finishes the 选举纪律专题 with the keyboard alone', async ({ page }) => {
  // Some 28 questions, a dozen key presses each: on a loaded machine this takes longer than one default timeout.
  test.setTimeout(120_000);
  await page.goto('/quiz/');
  await expect(page.getByRole('radio', { name: /选举纪律专题/ })).toBeChecked();
  await tabTo(page, /^开始练习$/);
  await page.keyboard.press('Enter');
  const total = Number((await page.getByText(/^第1题，共\d+题$/).textContent())!.match(/共(\d+)题/)![1]);
  expect(total).toBe(Math.min(sessionSize, poolOf({ kind: 'discipline' }).length));
  const code = new URL(page.url()).searchParams.get('set')!;
  for (let n = 1; n <= total; n++) {
    await expect(page.getByText(`第${n}题，共${total}题`)).toBeVisible();
    // Focus is on the question: the first Tab reaches its first control, and space answers.
    await expect(page.getByRole('group', { name: new RegExp(`第${n}题`) })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, /^检查答案$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /回答正确|回答错误/ })).toBeFocused();
    await tabTo(page, /^(下一题|看看结果)$/);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: '选举纪律专题：练习完成' })).toBeFocused();
  await expect(page.getByText(new RegExp(`答对 \\d+ 题，共 ${total} 题`))).toBeVisible();
  // The parts this session drew its questions from, in reading order (the pool's order).
  const drawn = new Set(questionsOf(code).map((q) => q.partLabel));
  const parts = [...new Set(poolOf({ kind: 'discipline' }).map((q) => q.partLabel))].filter((p) => drawn.has(p));
  await expect(page.getByRole('table', { name: '各部分答题情况' }).getByRole('rowheader')).toHaveText(parts);
});

test('right or wrong is said in words with a mark, and the explanation quotes and links the handbook', async ({ page }) => {
  await answerFirstWrongly(page, 'p6', 'procedure-publicity-days');
  const verdict = page.getByRole('heading', { name: '回答错误' });
  await expect(verdict).toBeFocused();
  await expect(verdict.locator('svg')).toHaveCount(1);
  await expect(page.getByText('正确答案', { exact: true })).toBeVisible();
  const quote = page.getByRole('link', { name: /公示时间为5个工作日/ });
  await expect(quote).toHaveAttribute('href', /\/procedure\/#[a-z0-9-]+$/);
  await quote.click();
  await expect(page).toHaveURL(/\/procedure\/#/);
  await expect(page.locator(':target')).toContainText('公示时间为5个工作日');
});

test('a wrong answer is in the 错题本 after a reload, and practising it brings the question back', async ({ page }) => {
  const question = await answerFirstWrongly(page, 'd', 'leadership-unhealthy-practices');
  await expect(page.getByRole('heading', { name: '回答错误' })).toBeVisible();

  await page.goto('/quiz/');
  await page.reload();
  await expect(page.getByText('错题本里有1道题。')).toBeVisible();
  await page.getByRole('button', { name: '练习错题本' }).click();
  await expect(page.getByText('第1题，共1题')).toBeVisible();
  await expect(page.getByRole('group', { name: new RegExp(question.stem.slice(0, 10)) })).toBeVisible();
});

test('an unfinished set is taken up where it was left after a reload', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByRole('radio', { name: /全部答完再告诉我/ }).check();
  await page.getByRole('button', { name: '开始练习' }).click();
  for (const n of [1, 2]) {
    await expect(page.getByText(new RegExp(`^第${n}题，共\\d+题$`))).toBeVisible();
    await page.locator('.question input').first().check();
    await page.getByRole('button', { name: '下一题' }).click();
  }
  const address = page.url();
  await page.reload();
  await expect(page.getByText(/^第3题，共\d+题$/)).toBeVisible();
  await page.getByRole('button', { name: '上一题' }).click();
  await expect(page.locator('.question input:checked')).toHaveCount(1);

  await page.goto('/quiz/');
  const resume = page.getByRole('link', { name: '选举纪律专题' });
  await expect(resume).toHaveAttribute('href', new RegExp(`\\?set=${new URL(address).searchParams.get('set')}$`));
  await expect(page.getByText(/已答2题/)).toBeVisible();
});

test('a set can be started again from the first question, and all records cleared', async ({ page }) => {
  await page.goto('/quiz/');
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await page.getByRole('button', { name: '下一题' }).click();
  await expect(page.getByText(/^第2题，共/)).toBeVisible();
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: '从头再做这一组' }).click();
  await expect(page.getByText(/^第2题，共/)).toBeVisible();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('已答的1题会清除，从第1题重新开始。确定吗？');
    return dialog.accept();
  });
  await page.getByRole('button', { name: '从头再做这一组' }).click();
  await expect(page.getByText(/^第1题，共/)).toBeVisible();
  await expect(page.getByRole('button', { name: '检查答案' })).toBeVisible();

  await page.getByRole('button', { name: '换一组题' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除全部练习记录' }).click();
  await expect(page.getByRole('heading', { name: '接着做' })).toHaveCount(0);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), versionedKeys.quiz.key)).toEqual(emptyProgress());
});

test('with feedback at the end, the reader sees nothing until 交卷, then every answer explained', async ({ page }) => {
  const code = 'p0-2222';
  const total = questionsOf(code).length;
  await page.goto(`/quiz/?set=${code}`);
  await page.getByRole('radio', { name: /全部答完再告诉我/ }).check();
  await page.getByRole('button', { name: '开始练习' }).click();
  for (let n = 1; n < total; n++) {
    await page.getByRole('button', { name: '跳过，下一题' }).click();
    await expect(page.getByText('回答正确')).toHaveCount(0);
  }
  await expect(page.getByText(`还有${total - 1}题没有作答`)).toBeVisible();
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '前言：练习完成' })).toBeFocused();
  await expect(page.getByText(`答对 0 题，共 ${total} 题。`)).toBeVisible();
  await expect(page.getByRole('heading', { name: '没有作答' })).toHaveCount(total);
  await expect(page.getByRole('link', { name: /^“/ }).first()).toHaveAttribute('href', /\/preface\/#/);
});

test('an ordering question is put right with the move buttons, and can be dragged', async ({ page }) => {
  const code = codeStartingWith('p6', 'procedure-five-steps');
  await page.goto(`/quiz/?set=${code}`);
  await page.getByRole('button', { name: '开始练习' }).click();
  const items = page.locator('.order__text');
  const right = ['推荐提名', '组织考察', '确定代表候选人初步人选', '确定代表候选人预备人选', '会议选举'];
  for (const [place, step] of right.entries()) {
    const texts = await items.allTextContents();
    let at = texts.findIndex((t) => t.endsWith(step));
    if (at === place) continue;
    await page.getByRole('button', { name: new RegExp(`^上移：.*${step}$`) }).focus();
    while (at > place) {
      await page.keyboard.press('Enter');
      at -= 1;
      await expect(page.getByRole('button', { name: new RegExp(`^上移：.*${step}$`) })).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: `移到了第${at + 1}位` })).toBeAttached();
    }
  }
  expect((await items.allTextContents()).map((t) => t.slice(3))).toEqual(right);

  // Drag the last step to the top by its handle, then back down. (Without smooth scrolling, so that the page
  // stands still under the pointer.)
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.locator('.order').scrollIntoViewIfNeeded();
  const handle = page.locator('.order__handle').last();
  const box = (await handle.boundingBox())!;
  const top = (await page.locator('.order__item').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, top.y + 2, { steps: 12 });
  await page.mouse.up();
  await expect(items.first()).toHaveText(/会议选举$/);
  await page.getByRole('button', { name: /^下移：.*会议选举$/ }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  expect((await items.allTextContents()).map((t) => t.slice(3))).toEqual(right);

  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: '回答正确' })).toBeVisible();
});

test('a code that cannot be read is explained, with sets to choose from', async ({ page }) => {
  for (const path of ['/quiz/?set=garbage', '/quiz/present/?set=<b>x', '/quiz/print/?set=d-1111']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toHaveText(invalidCodeMessage);
    await expect(page.getByRole('radio', { name: /选举纪律专题/ })).toBeVisible();
  }
});

test('corrupted saved progress is reset with a notice, and the quiz still works and saves', async ({ page }) => {
  await page.goto('/quiz/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"sets":'), versionedKeys.quiz.key);
  await page.reload();
  await expect(page.getByText(progressNotices.corrupted)).toBeVisible();
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: /回答正确|回答错误/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText(progressNotices.corrupted)).toHaveCount(0);
  await expect(page.getByText(/^第2题，共/)).toBeVisible();
});

test('where storage is turned off the quiz works without saving, and says so', async ({ page }) => {
  await refuseStorage(page);
  await page.goto('/quiz/');
  await expect(page.getByText(progressNotices.unavailable)).toBeVisible();
  await page.getByRole('button', { name: '开始练习' }).click();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: '检查答案' }).click();
  await expect(page.getByRole('heading', { name: /回答正确|回答错误/ })).toBeVisible();
  await page.getByRole('button', { name: '下一题' }).click();
  await expect(page.getByText(/^第2题，共/)).toBeVisible();
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('the 选举纪律专题 and each part’s questions can be read, with their answers', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
    await expect(page.locator('.sheet__question')).toHaveCount(poolOf({ kind: 'discipline' }).length);
    await expect(page.getByRole('heading', { name: '答案与解析' })).toBeVisible();
    await page.getByRole('link', { name: /六、产生程序（\d+题）/ }).click();
    await expect(page.getByText('二十大代表的产生要经过五个步骤。请按先后顺序排列。')).toBeVisible();
    await expect(page.getByText('正在载入题目')).toBeHidden();
  });

  test('the presenter and sheet pages say they need scripts and point to the readable sets', async ({ page }) => {
    for (const path of ['/quiz/present/', '/quiz/print/']) {
      await page.goto(path);
      await expect(page.getByText(/要在浏览器里运行脚本/)).toBeVisible();
      await expect(page.getByRole('link', { name: '自测练习' }).last()).toBeVisible();
    }
  });
});

test('the home page leads to the self-check, the presenter and the printable sheet', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: '学习自测' });
  await expect(section.getByRole('link')).toHaveText(['自测练习', '支部学习（放映）', '打印答题纸']);
  await section.getByRole('link', { name: '自测练习' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('自测练习');
  await expect(page.getByRole('button', { name: '开始练习' })).toBeVisible();
});

// The plain test: the browser rightly logs the failed request as a console error, which the guarded test refuses.
unguarded('when the questions cannot be loaded, the page says so and shows the set to read', async ({ page }) => {
  await page.route('**/quiz/questions.json', (route) => route.fulfill({ status: 503 }));
  await page.goto('/quiz/');
  await expect(page.getByRole('alert')).toContainText(/题目没能载入/);
  await expect(page.getByRole('alert').getByRole('button', { name: '重新载入' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '选举纪律专题' })).toBeVisible();
  await expect(page.locator('.sheet__question').first()).toBeVisible();
});

test('the sets to choose from stand one under another, each as wide as the list, in 长辈模式 too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const elder of ['off', 'on']) {
    await page.addInitScript((e) => localStorage.setItem('handbook:reader-settings', JSON.stringify({ elder: e })), elder);
    await page.goto('/quiz/');
    const choices = page.getByRole('group', { name: '选一组题' }).locator('label');
    await expect(choices.first()).toBeVisible();
    const [first, second] = [(await choices.nth(0).boundingBox())!, (await choices.nth(1).boundingBox())!];
    expect(second.y, `长辈模式 ${elder}`).toBeGreaterThanOrEqual(first.y + first.height);
    expect(second.width, `长辈模式 ${elder}`).toBeCloseTo(first.width, 0);
  }
});

// Unguarded: the browser rightly logs the failed request.
unguarded('a set whose screens cannot be fetched says why and offers the reload, instead of waiting forever', async ({ page }) => {
  await page.route('**/_astro/OpenSet*.js', (route) => route.fulfill({ status: 404 }));
  await page.goto('/quiz/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByRole('button', { name: '开始练习' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '没能载入' });
  await expect(alert).toContainText('刷新页面');
  await expect(alert.getByRole('button', { name: '重新载入' })).toBeVisible();
});
