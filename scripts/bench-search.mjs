// Measures search in Chromium against the built site (run `npm run build` first; this builds nothing):
// the bytes a reader's first search fetches, and the time from a keystroke to painted results once the search has
// loaded. dist/ is served the way static hosts serve it, text compressed with gzip (Pagefind's own files are
// compressed already). Not a test: it prints figures. Usage: npm run bench:search [-- --runs 200]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { createStaticServer } from './serve.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
const root = resolve('dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/ has no index.html: run `npm run build` first.');
  process.exit(1);
}

const server = createStaticServer({ dir: 'dist', gzip: true });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
const page = await browser.newPage();
await page.goto(`${base}/procedure/`, { waitUntil: 'networkidle' });

/**
 * Types `query` into the dialog's box as one input (as an IME commits a word) and returns the milliseconds from that
 * input event (or, with `open`, from the / that opens the dialog) to the frame after the results changed.
 */
async function timeSearch(query, open = false) {
  // The watch is set before the keystroke and collected after it, so no event can slip past it.
  await page.evaluate((start) => {
    window.searchTiming = new Promise((done) => {
      const dialog = document.querySelector('dialog[data-search-dialog]');
      let typed = 0;
      document.addEventListener(start, (event) => (typed = event.timeStamp), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        if (!typed || !dialog.querySelector('.search-status')?.textContent?.match(/找到|没有/)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - typed)));
      });
      observer.observe(dialog.querySelector('[data-search-results]'), { subtree: true, childList: true, characterData: true });
    });
  }, open ? 'keydown' : 'input');
  await page.keyboard.press(open ? '/' : 'Control+A');
  await page.keyboard.insertText(query);
  return page.evaluate(() => window.searchTiming);
}

// First search: everything fetched from the keystroke that opens the dialog until the results are shown.
const measuring = [];
page.on('requestfinished', (request) =>
  measuring.push(
    Promise.all([request.sizes(), request.response().then((r) => r.body())]).then(([sizes, body]) => ({
      url: request.url().replace(base, ''),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      uncompressed: body.length,
    })),
  ),
);
const firstMs = await timeSearch('差额', true);
await page.waitForLoadState('networkidle');
page.removeAllListeners('requestfinished');
const fetched = await Promise.all(measuring);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const total = fetched.reduce((n, f) => n + f.bytes, 0);
const uncompressed = fetched.reduce((n, f) => n + f.uncompressed, 0);
console.log(
  `First search (fresh cache; / on /procedure/, then 差额): ${fetched.length} requests, ${kib(total)} transferred (target ≤ 100 KiB; ` +
    `${kib(uncompressed)} from a server that does not compress); results ${firstMs.toFixed(0)} ms after the / that opened the dialog`,
);
for (const f of fetched.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kib(f.bytes).padStart(10)}  ${f.url}`);

// Warm searches: phrases cut from the page's paragraphs, and questions with no exact match, each unlike the last.
const phrases = await page.evaluate(() =>
  [...document.querySelectorAll('[data-source] p:not([data-editorial] p)')].map((p) => p.textContent.replace(/\s+/g, '')).flatMap((t, i) => [t.slice(i % 7, (i % 7) + 2 + (i % 6)), t.slice(-6, -1)]),
);
const queries = [...new Set([...phrases, '差额比例是多少', '五个工作日', '四必 纪检监察机关', '的'])];
const times = [];
for (let i = 0; i < Number(values.runs); i++) times.push(await timeSearch(queries[i % queries.length]));
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`Warm searches (${times.length}, keystroke to painted results): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (target median ≤ 20 ms)`);

await browser.close();
server.close();
