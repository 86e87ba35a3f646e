import { builtPages, expect, test } from './support/fixtures';

// The site built with SITE_BASE=/handbook/ (npm run build:subpath) and served under that path only:
// any address that forgets the base answers 404 here.
const base = '/handbook';

test('every page works under a sub-path: it loads, its assets load, and every in-site link stays under the base', async ({ page, request }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  const links = new Set<string>();
  for (const path of builtPages()) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBe(200);
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      links.add(href.split('#')[0]!);
    }
  }
  expect(failed).toEqual([]);
  for (const link of links) {
    const url = new URL(link);
    expect(url.pathname.startsWith(`${base}/`), link).toBe(true);
    expect((await request.get(url.pathname)).status(), link).toBe(200);
  }
});

test('under a sub-path the site installs for offline use within that path', async ({ page, request }) => {
  await page.goto(`${base}/`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(`${base}/`);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe(`${base}/manifest.webmanifest`);
  const manifest = await (await request.get(manifestHref!)).json();
  expect(new URL(manifest.start_url, `http://x${manifestHref}`).pathname).toBe(`${base}/`);
});
