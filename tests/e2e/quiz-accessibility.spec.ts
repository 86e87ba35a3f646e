import { axe } from './support/axe';
import { expect, test } from './support/fixtures';
import { answerFirstWrongly, codeStartingWith, questionsOf } from './support/quiz';

// Every screen of the quiz, in both colour schemes; accessibility.spec.ts covers each page as it first loads.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    // Each test runs axe on several screens in turn.
    test.slow();

    test('every self-check screen has no axe violations', async ({ page }) => {
      const found: string[] = [];
      await page.goto('/quiz/?set=d-7k3f');
      await expect(page.getByRole('button', { name: '开始练习' })).toBeVisible();
      found.push(...(await axe(page, 'start of a set from its address')));
      await page.getByRole('button', { name: '开始练习' }).click();
      await page.locator('.question input').first().check();
      found.push(...(await axe(page, 'question answered')));
      await answerFirstWrongly(page, 'p6', 'procedure-publicity-days');
      found.push(...(await axe(page, 'feedback')));

      const order = codeStartingWith('p6', 'procedure-five-steps');
      await page.goto(`/quiz/?set=${order}`);
      await page.getByRole('button', { name: '开始练习' }).click();
      await page.getByRole('button', { name: /^下移/ }).first().click();
      found.push(...(await axe(page, 'ordering question')));

      await page.goto('/quiz/?set=p0-2222');
      await page.getByRole('radio', { name: /全部答完再告诉我/ }).check();
      await page.getByRole('button', { name: '开始练习' }).click();
      while (await page.getByRole('button', { name: '跳过，下一题' }).isVisible()) await page.getByRole('button', { name: '跳过，下一题' }).click();
      await page.getByRole('button', { name: '交卷' }).click();
      await expect(page.getByRole('heading', { name: /练习完成/ })).toBeVisible();
      found.push(...(await axe(page, 'results')));

      await page.goto('/quiz/');
      await expect(page.getByRole('heading', { name: '接着做' })).toBeVisible();
      await expect(page.getByRole('heading', { name: '做过的练习' })).toBeVisible();
      found.push(...(await axe(page, 'chooser with sets begun, a 错题本 and past attempts')));
      await page.goto('/quiz/?set=garbage');
      await expect(page.getByRole('alert')).toBeVisible();
      found.push(...(await axe(page, 'code that cannot be read')));
      expect(found).toEqual([]);
    });

    test('the hint and the 纠错 form have no axe violations', async ({ page }) => {
      const found: string[] = [];
      await page.goto(`/quiz/?set=${codeStartingWith('p6', 'procedure-publicity-days')}`);
      await page.getByRole('button', { name: '开始练习' }).click();
      await page.getByRole('button', { name: /提示/ }).click();
      await page.getByRole('button', { name: /缩小到一句/ }).click();
      await expect(page.locator('.hint blockquote')).toBeVisible();
      found.push(...(await axe(page, 'hint narrowed to its sentence')));
      await page.getByText('纠错：这道题有问题？').click();
      await expect(page.getByRole('button', { name: '复制纠错内容' })).toBeVisible();
      found.push(...(await axe(page, '纠错 report')));
      expect(found).toEqual([]);
    });

    test('every presenter screen has no axe violations', async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      const found: string[] = [];
      await page.goto('/quiz/present/');
      await expect(page.getByRole('button', { name: '准备放映' })).toBeVisible();
      found.push(...(await axe(page, 'choosing a set')));
      await page.getByRole('button', { name: '准备放映' }).click();
      await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
      found.push(...(await axe(page, 'start screen with QR code')));
      await page.getByLabel('每题倒计时').selectOption({ label: '1分钟' });
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('timer')).toBeVisible();
      found.push(...(await axe(page, 'question with countdown')));
      await page.keyboard.press('Enter');
      found.push(...(await axe(page, 'answer shown')));
      await page.goto('/quiz/present/?set=p0-2222');
      await expect(page.getByRole('button', { name: '开始放映' })).toBeVisible();
      // The button is server-rendered: keys pressed before the island hydrates (Astro drops `ssr`) would be lost.
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      for (let i = 0; i <= questionsOf('p0-2222').length; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('heading', { name: /已全部讲完/ })).toBeVisible();
      found.push(...(await axe(page, 'end of the set')));
      expect(found).toEqual([]);
    });

    test('the printable sheet has no axe violations, on screen or as printed', async ({ page }) => {
      const found: string[] = [];
      await page.goto('/quiz/print/');
      await expect(page.getByRole('button', { name: '生成答题纸' })).toBeVisible();
      found.push(...(await axe(page, 'choosing a set')));
      await page.getByRole('button', { name: '生成答题纸' }).click();
      await expect(page.getByRole('region', { name: '答案与解析' })).toBeVisible();
      found.push(...(await axe(page, 'sheet')));
      await page.emulateMedia({ media: 'print' });
      found.push(...(await axe(page, 'sheet as printed')));
      expect(found).toEqual([]);
    });
  });
}
