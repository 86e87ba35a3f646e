import { builtPages, expect, test } from './support/fixtures';

test('every in-site link and #fragment on every page resolves', async ({ page, request, baseURL }) => {
  const ids = new Map<string, Set<string>>();
  const links = new Set<string>();
  for (const path of builtPages()) {
    await page.goto(path);
    ids.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      links.add(new URL(href, `${baseURL}${path}`).href);
    }
  }
  const broken: string[] = [];
  for (const link of links) {
    const url = new URL(link);
    if (url.origin !== new URL(baseURL!).origin) {
      broken.push(`leaves the site: ${link}`);
      continue;
    }
    if (!ids.has(url.pathname)) {
      const response = await request.get(url.pathname);
      if (!response.ok()) broken.push(`${response.status()} ${link}`);
      continue;
    }
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !ids.get(url.pathname)!.has(id)) broken.push(`no #${id} on ${url.pathname}`);
  }
  expect(links.size).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});
