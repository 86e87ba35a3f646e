import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './support/fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme, notFoundPage: true });
    for (const path of [...builtPages(), '/no-such-page/']) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the open menus pass axe too', async ({ page }) => {
  await page.goto('/procedure/');
  await page.getByText('目录', { exact: true }).click();
  await page.getByText('阅读设置').click();
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
