import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Brings a widget into view and waits until its island runs (Astro drops the ssr attribute once hydrated). */
async function widget(page: Page, id: string): Promise<Locator> {
  const frame = page.locator(`#${id}`);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('astro-island')).not.toHaveAttribute('ssr');
  return frame;
}

/** Types a bad value into a calculator's field and expects its message beside it, tied to the field. */
async function expectRefused(calculator: Locator, field: string, value: string, message: string) {
  const input = calculator.getByLabel(field);
  await input.fill(value);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const described = (await input.getAttribute('aria-describedby'))!.split(' ');
  await expect(calculator.locator(`[id="${described.at(-1)}"]`)).toHaveText(message);
  await expect(calculator.getByText(message)).toBeVisible();
}

/** The slate checker's row for a rule, found by the handbook's sentence it quotes. */
const rule = (checker: Locator, quote: string) => checker.getByRole('listitem').filter({ has: checker.page().getByRole('link', { name: `“${quote}”` }) });

/** The outcome a row shows in words: 符合, 不符合 or 无法判断. */
const verdict = (checker: Locator, quote: string) => rule(checker, quote).locator('.verdict');

const leadersRule = '党员领导干部所占比例一般不超过三分之二';
const frontlineRule = '生产和工作第一线的党员所占比例一般不少于三分之一';

test.describe('the slate checker', () => {
  test('46 of 69 leading cadres is exactly two thirds and meets the rule; 47 does not', async ({ page }) => {
    await page.goto('/quotas/');
    const checker = await widget(page, 'slate-checker');
    await checker.getByLabel('名单总人数').fill('69');
    await checker.getByLabel('党员领导干部人数').fill('46');
    await expect(verdict(checker, leadersRule)).toHaveText('符合');
    await expect(rule(checker, leadersRule)).toContainText('恰好是三分之二');
    await checker.getByLabel('党员领导干部人数').fill('47');
    await expect(verdict(checker, leadersRule)).toHaveText('不符合');
    await expect(checker.getByRole('status')).toHaveText('测算结果：共5项：符合0项，不符合1项，无法判断4项。');
  });

  test('23 of 69 front-line members is exactly one third and meets the rule; 22 does not', async ({ page }) => {
    await page.goto('/quotas/');
    const checker = await widget(page, 'slate-checker');
    await checker.getByLabel('名单总人数').fill('69');
    await checker.getByLabel('生产和工作第一线党员人数').fill('23');
    await expect(verdict(checker, frontlineRule)).toHaveText('符合');
    await expect(rule(checker, frontlineRule)).toContainText('恰好是三分之一');
    await checker.getByLabel('生产和工作第一线党员人数').fill('22');
    await expect(verdict(checker, frontlineRule)).toHaveText('不符合');
    await expect(rule(checker, frontlineRule)).toContainText('69名的名单中至少需23名');
  });

  // Every bad input and its message is checked on the parser and the model (field-input, slate tests); here, that one
  // reaches the reader: next to its field, with no result.
  test('a part larger than the whole gets a message next to the field and no result', async ({ page }) => {
    await page.goto('/quotas/');
    const checker = await widget(page, 'slate-checker');
    await checker.getByLabel('名单总人数').fill('69');
    await expect(checker.getByRole('listitem')).toHaveCount(5);
    await expectRefused(checker, '少数民族党员人数', '70', '少数民族党员人数不能多于名单总人数。');
    await expect(checker.getByRole('listitem')).toHaveCount(0);
    await expect(checker.getByRole('status')).toHaveText('请先改正上面标出的内容，改正后显示测算结果。');
  });

  test('the presets load the handbook’s 90 candidates and the 69-delegate boundary list', async ({ page }) => {
    await page.goto('/quotas/');
    const checker = await widget(page, 'slate-checker');
    await checker.getByRole('button', { name: '手册中的90名代表候选人推荐人选' }).click();
    await expect(checker.getByLabel('生产和工作第一线党员人数')).toHaveValue('39');
    await expect(verdict(checker, '55岁以下党员不少于45名')).toHaveText('符合');
    await expect(checker.getByRole('status')).toHaveText('测算结果：共8项：符合6项，不符合0项，无法判断2项。');
    await checker.getByRole('button', { name: '69名代表的边界情形' }).click();
    await expect(checker.getByLabel('党员领导干部人数')).toHaveValue('46');
    await expect(verdict(checker, leadersRule)).toHaveText('符合');
    await expect(verdict(checker, frontlineRule)).toHaveText('符合');
    await expect(page).toHaveURL(/\/quotas\/\?size=69&leaders=46&frontline=23&under55=35#slate-checker$/);
  });

  test('a shared address restores the filled-in check and lands on it', async ({ page }) => {
    await page.goto('/quotas/?size=69&leaders=46&frontline=22&women=abc#slate-checker');
    const checker = await widget(page, 'slate-checker');
    await expect(checker).toBeInViewport();
    await expect(checker.getByLabel('名单总人数')).toHaveValue('69');
    await expect(checker.getByLabel('生产和工作第一线党员人数')).toHaveValue('22');
    await expect(checker.getByText('女党员人数只能填写数字。')).toBeVisible();
    await checker.getByLabel('女党员人数').fill('30');
    await expect(verdict(checker, frontlineRule)).toHaveText('不符合');
    await page.reload();
    await expect((await widget(page, 'slate-checker')).getByLabel('女党员人数')).toHaveValue('30');
  });

  test('each rule links to the paragraph that states it', async ({ page }) => {
    await page.goto('/quotas/?size=69&leaders=46');
    const checker = await widget(page, 'slate-checker');
    await checker.getByRole('link', { name: `“${leadersRule}”` }).click();
    await expect(page.locator('#quota-and-structure')).toBeInViewport();
    await expect(page).toHaveURL(/\?size=69&leaders=46#quota-and-structure$/);
  });

  test('works by keyboard alone', async ({ page }) => {
    await page.goto('/quotas/');
    const checker = await widget(page, 'slate-checker');
    await checker.getByRole('button', { name: '清空' }).focus();
    await page.keyboard.press('Tab');
    await expect(checker.getByLabel('名单总人数')).toBeFocused();
    await page.keyboard.type('69');
    await page.keyboard.press('Tab');
    await page.keyboard.type('46');
    await expect(verdict(checker, leadersRule)).toHaveText('符合');
    await checker.getByRole('button', { name: '69名代表的边界情形' }).focus();
    await page.keyboard.press('Enter');
    await expect(checker.getByLabel('55岁以下党员人数')).toHaveValue('35');
  });
});

test.describe('the margin calculator', () => {
  test('69 seats with a margin of more than 15% need at least 80 candidates, with the working shown', async ({ page }) => {
    await page.goto('/procedure/');
    const calculator = await widget(page, 'margin-calculator');
    await calculator.getByLabel('应选人数').fill('69');
    await calculator.getByLabel('差额比例').fill('15');
    await expect(calculator.getByRole('radio', { name: /多于/ })).toBeChecked();
    await expect(calculator).toContainText('69 ×（1 + 15%）= 69 × 1.15 = 79.35');
    await expect(calculator.getByRole('status')).toHaveText('测算结果：至少需要80名候选人。');
    await calculator.getByLabel('候选人数').fill('80');
    await expect(calculator).toContainText('（80 − 69）÷ 69 = 11 ÷ 69 ≈ 15.94%');
    await expect(calculator.getByRole('status')).toHaveText('测算结果：至少需要80名候选人；80名候选人符合要求。');
  });

  test('多于 is strict and 不少于 is not: 20 seats at 15% need 24 or 23', async ({ page }) => {
    await page.goto('/procedure/?seats=20&margin=15&candidates=23');
    const calculator = await widget(page, 'margin-calculator');
    await expect(calculator.getByRole('status')).toHaveText('测算结果：至少需要24名候选人；23名候选人不符合要求。');
    await calculator.getByRole('radio', { name: /不少于/ }).check();
    await expect(calculator.getByRole('status')).toHaveText('测算结果：至少需要23名候选人；23名候选人符合要求。');
    await expect(page).toHaveURL(/\?seats=20&margin=15&bound=atleast&candidates=23#margin-calculator$/);
  });

  // As for the slate checker: the cases are in the field-input and margin tests; here, one reaches the reader.
  test('fewer candidates than seats gets a message next to the field and no result', async ({ page }) => {
    await page.goto('/procedure/?seats=69&margin=15');
    const calculator = await widget(page, 'margin-calculator');
    await expect(calculator.getByText('79.35', { exact: false }).first()).toBeVisible();
    await expectRefused(calculator, '候选人数', '68', '候选人数不能少于应选人数。');
    await expect(calculator).not.toContainText('79.35');
    await expect(calculator.getByRole('heading', { name: '算法' })).toHaveCount(0);
  });

  test('a shared address restores the form', async ({ page }) => {
    await page.goto('/procedure/?seats=69&margin=12.5&bound=atleast&candidates=78#margin-calculator');
    const calculator = await widget(page, 'margin-calculator');
    await expect(calculator).toBeInViewport();
    await expect(calculator.getByLabel('差额比例')).toHaveValue('12.5');
    await expect(calculator.getByRole('radio', { name: /不少于/ })).toBeChecked();
    await expect(calculator).toContainText('69 × 1.125 = 77.625');
  });
});

test.describe('the procedure stepper', () => {
  test('moves through the five steps by the arrow keys, Home and End', async ({ page }) => {
    await page.goto('/procedure/');
    const steps = await widget(page, 'procedure-steps');
    await steps.getByRole('tab', { name: '1 推荐提名' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(steps.getByRole('tab', { name: '2 组织考察' })).toBeFocused();
    await expect(steps.getByRole('tab', { name: '2 组织考察' })).toHaveAttribute('aria-selected', 'true');
    await expect(steps.getByRole('tabpanel')).toHaveCount(1);
    await expect(steps.getByRole('tabpanel')).toContainText('所有考察对象的档案材料必审');
    await page.keyboard.press('End');
    await expect(steps.getByRole('tabpanel')).toContainText('69名');
    await expect(steps.getByRole('tabpanel').getByRole('link', { name: '“以无记名投票方式”' })).toHaveAttribute('href', '#step-5-election');
    await page.keyboard.press('ArrowRight');
    await expect(steps.getByRole('tab', { name: '1 推荐提名' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab');
    await expect(steps.getByRole('tabpanel')).toBeFocused();
  });

  test('moves by the buttons and by a sideways swipe, the flow of numbers marking the step', async ({ page }) => {
    await page.goto('/procedure/');
    const steps = await widget(page, 'procedure-steps');
    await steps.getByRole('button', { name: '下一步 →' }).click();
    await steps.getByRole('button', { name: '下一步 →' }).click();
    await expect(steps.getByRole('tabpanel')).toContainText('不少于80名');
    await expect(steps.locator('.flow [aria-current=step]')).toContainText('不少于80名');
    const panels = steps.locator('.steps__panels');
    await panels.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 300, clientY: 200 });
    await panels.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 80, clientY: 210 });
    await expect(steps.getByRole('tab', { name: '4 确定代表候选人预备人选' })).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('the quota overview', () => {
  test('shows a part’s sum and the handbook’s words on hover over the picture and on keyboard focus', async ({ page }) => {
    await page.goto('/quotas/');
    const overview = await widget(page, 'quota-overview');
    await overview.locator('svg.picture g.tone-hollow').hover();
    await expect(overview.getByText('39 ÷ 90 ≈ 43.3%')).toBeVisible();
    await overview.getByRole('button', { name: /分配我省的代表名额/ }).focus();
    await expect(overview.getByText('69 ÷ 2300 = 3%')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(overview.getByRole('button', { name: /其中各级党员领导干部/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(overview.getByRole('link', { name: '“各级党员领导干部为51名”' })).toHaveAttribute('href', '#candidate-quota');
  });
});

test.describe('with scripts turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('part 四 still shows every figure, the 90 squares and the units', async ({ page }) => {
    await page.goto('/quotas/');
    const overview = page.locator('#quota-overview');
    for (const words of ['69名，占2300名的3%', '51名，约占90名的56.7%', '39名，约占90名的43.3%', '不少于45名', '不少于27名', '不少于2名']) {
      await expect(overview).toContainText(words);
    }
    await expect(overview.locator('svg.picture:not(.picture--bar) rect')).toHaveCount(90);
    await expect(page.locator('#units-overview svg.picture rect')).toHaveCount(17);
    await expect(page.locator('#slate-checker')).toContainText('本测算需要浏览器启用脚本');
  });

  test('part 六 still shows all five steps and the numbers from 90 to 69', async ({ page }) => {
    await page.goto('/procedure/');
    const steps = page.locator('#procedure-steps');
    await expect(steps.getByRole('tablist')).toBeHidden();
    for (const title of ['第1步　推荐提名', '第2步　组织考察', '第3步　确定代表候选人初步人选', '第4步　确定代表候选人预备人选', '第5步　会议选举']) {
      await expect(steps.getByRole('heading', { name: title })).toBeVisible();
    }
    await expect(steps.locator('.flow')).toHaveText(/90名.*不少于80名.*80名.*69名/);
  });
});

test('printing part 六 hides the controls and shows every step', async ({ page }) => {
  await page.goto('/procedure/');
  await widget(page, 'procedure-steps');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#procedure-steps').getByRole('tablist')).toBeHidden();
  await expect(page.locator('#procedure-steps .steps__panel')).toHaveCount(5);
  for (const panel of await page.locator('#procedure-steps .steps__panel').all()) await expect(panel).toBeVisible();
  await expect(page.getByRole('button', { name: /填入手册的例子/ })).toBeHidden();
});

test.describe('on a 320px phone at the largest text size', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ['/quotas/?size=90&leaders=51&frontline=39&women=27&under55=45&minority=2&localWomenShare=33.33', '/procedure/?seats=69&margin=15&candidates=80']) {
    test(`${path.split('?')[0]} with results shown does not scroll sideways, and its controls are at least 44px tall`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('handbook:reader-settings', JSON.stringify({ textSize: 'xlarge' })));
      await page.goto(path);
      for (const id of await page.locator('.widget astro-island').evaluateAll((islands) => islands.map((i) => i.closest('.widget')!.id))) {
        await widget(page, id);
      }
      await expect(page.getByRole('status').first()).toContainText('测算结果');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      for (const control of await page.locator('.widget button:visible, .widget input[type=text]:visible, .widget label:has(input[type=radio])').all()) {
        expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the widgets with their results and details shown pass axe in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    await page.goto('/quotas/?size=69&leaders=47&frontline=23&women=abc');
    await widget(page, 'slate-checker');
    await (await widget(page, 'quota-overview')).getByRole('button', { name: /女党员/ }).focus();
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.goto('/procedure/?seats=69&margin=15&candidates=79');
    await widget(page, 'margin-calculator');
    await (await widget(page, 'procedure-steps')).getByRole('tab', { name: '3 确定代表候选人初步人选' }).click();
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
