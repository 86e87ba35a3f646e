// npm run bench — builds the site once, then prints what a reader's browser has to fetch and how the pages score.
// A benchmark, not a test: it prints figures with their targets beside them and never fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { createStaticServer } from './serve.mjs';
import { pageAddresses } from './site-pages.mjs';
import { chromiumArgs as browserArgs, chromiumPath as executablePath } from './chromium.ts';

const port = 4390;
const origin = `http://127.0.0.1:${port}`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mark = (ok) => (ok ? '✓' : '✗');
/** Runs a command without blocking this process, whose own server the command may be talking to. */
const run = (command, args, options) =>
  new Promise((resolve) => {
    const child = spawn(command, args, options);
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stderr }));
  });

// 1. Build time.
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) {
  console.error('The build failed; run `npm run build` to see why.');
  process.exit(1);
}
console.log(`Build (astro build, Pagefind, service worker, headers): ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

const server = createStaticServer({ dir: 'dist' });
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: browserArgs });

// 2. What each page loads at start, on a phone-sized screen, with a cold cache and no service worker.
/** Scrolls through the page so that islands hydrating when visible load too. */
const scrollThrough = (page) =>
  page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
// The part pages: one per content/handbook/<id>.mdx, whose id is its address.
const partAddresses = new Set(readdirSync('content/handbook').filter((f) => f.endsWith('.mdx')).map((f) => `/${f.slice(0, -'.mdx'.length)}/`));
const part = (path) => partAddresses.has(path);
const islands = (html) => html.includes('<astro-island');
console.log('Loaded at start at 390px (gzip bytes; JS includes inline scripts, which the HTML figure holds too; targets: a part page ≤ 20 KiB in all and readable without JavaScript;');
console.log('pages with islands ≤ 20 KiB of JavaScript, widget pages\' islands ≤ 15 KiB, the quiz page ≤ 20 KiB)');
console.log('Islands\' JavaScript: the scripts a page loads that a part page without islands (/leadership/) does not.');
console.log('page'.padEnd(22), 'requests', 'HTML'.padStart(10), 'CSS'.padStart(10), 'JS'.padStart(10), 'total'.padStart(10), 'islands JS'.padStart(11), ' target');
const siteScripts = new Set();
for (const [visit, path] of ['/leadership/', ...pageAddresses('dist')].entries()) {
  const baseline = visit === 0;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes = { document: 0, stylesheet: 0, script: 0, other: 0 };
  let requests = 0;
  let islandScripts = 0;
  const pending = [];
  page.on('response', (response) => {
    requests++;
    const kind = response.request().resourceType();
    const url = new URL(response.url()).pathname;
    pending.push(
      response.body().then((body) => {
        const bytes = gzipSync(body, { level: 9 }).length;
        sizes[kind in sizes ? kind : 'other'] += bytes;
        if (kind === 'script' && baseline) siteScripts.add(url);
        else if (kind === 'script' && !siteScripts.has(url)) islandScripts += bytes;
      }, () => {}),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Small scripts are inlined into the HTML by Astro: count them as JavaScript too (they are also in the HTML figure).
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  const inlineScripts = inline.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0);
  if (baseline) {
    await context.close();
    continue;
  }
  const total = sizes.document + sizes.stylesheet + sizes.script + sizes.other;
  const javaScript = sizes.script + inlineScripts;
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  let target = '';
  if (part(path)) {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto(`${origin}${path}`);
    const readable = (await bare.locator('[data-source] p').count()) > 0 && (await bare.locator('[data-source] p').first().isVisible());
    await noScript.close();
    target += `${mark(readable)} readable without JavaScript`;
    if (!islands(html)) target += `; ${mark(total <= 20 * 1024)} ≤ 20 KiB in all`;
  }
  const widgetPage = islands(html) && part(path);
  if (widgetPage) target += `; ${mark(islandScripts <= 15 * 1024)} islands' JavaScript ≤ 15 KiB`;
  else if (islands(html)) target += `${target ? '; ' : ''}${mark(javaScript <= 20 * 1024)} JavaScript ≤ 20 KiB`;
  console.log(path.padEnd(22), String(requests).padStart(8), kib(sizes.document).padStart(10), kib(sizes.stylesheet).padStart(10), kib(javaScript).padStart(10), kib(total).padStart(10), (islands(html) ? kib(islandScripts) : '').padStart(11), ` ${target}`);
  await context.close();
}
await browser.close();

// 3. Search: bytes of a first search and warm latency (scripts/bench-search.mjs, against this same build).
if (existsSync('scripts/bench-search.mjs')) {
  console.log('');
  await run(process.execPath, ['scripts/bench-search.mjs'], { stdio: 'inherit' });
}

// 4. Lighthouse (about 30 s a page). Targets: accessibility, best practices and SEO 100.
console.log('\nLighthouse (mobile; targets: accessibility, best practices, SEO 100)');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
console.log('page'.padEnd(22), ...categories.map((c) => c.padStart(15)));
for (const path of ['/', '/procedure/', '/quiz/'].filter((p) => existsSync(join('dist', p, 'index.html')))) {
  const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
  const lighthouse = await run(
    'lighthouse',
    [`${origin}${path}`, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`, `--chrome-flags=--headless=new ${browserArgs.join(' ')}`],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...(executablePath ? { CHROME_PATH: executablePath } : {}) } },
  );
  if (lighthouse.status !== 0 || !existsSync(out)) {
    console.log(path.padEnd(22), `Lighthouse did not run: ${lighthouse.stderr.trim().split('\n').at(-1)}`);
    continue;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
  const failing = categories.slice(1).flatMap((c) => report.categories[c].auditRefs.filter((a) => a.weight > 0 && report.audits[a.id].score !== null && report.audits[a.id].score < 1).map((a) => a.id));
  console.log(path.padEnd(22), ...scores.map((s, i) => `${i > 0 ? mark(s === 100) : ' '} ${s}`.padStart(15)), failing.length ? `  below 100: ${failing.join(', ')}` : '');
}
server.close();
