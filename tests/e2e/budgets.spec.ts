import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pageWeigher } from '../../scripts/page-weight';
import { pageAddresses } from '../../scripts/site-pages.mjs';

// The byte budgets of README.md ("Size budgets"), read from its table so that the README and this test cannot
// disagree, held against the production build. Bytes only: timings belong to npm run bench.
const kib = 1024;
const readme = readFileSync('README.md', 'utf8');
const table = readme.slice(readme.indexOf('### Size budgets'));
const budgetOf = (kind: string) => {
  const row = table.match(new RegExp(`^\\| ${kind} \\| (\\d+) KiB \\| (?:(\\d+) KiB|—) \\|`, 'm'));
  if (!row) throw new Error(`README.md has no size budget row for "${kind}"`);
  return { total: Number(row[1]) * kib, islands: row[2] ? Number(row[2]) * kib : undefined };
};

/** Which budget a page falls under, from what the built page is. */
function kindOf(path: string, html: string): string {
  if (path === '/quiz/present/') return 'the presenter';
  if (path === '/quiz/join/') return 'a phone in a study session';
  if (path.startsWith('/quiz/')) return 'quiz pages';
  if (html.includes('data-pagefind-body')) return html.includes('<astro-island') ? 'part pages with widgets' : 'part pages without widgets';
  return 'other pages';
}

const weigh = pageWeigher('dist');
for (const path of pageAddresses('dist')) {
  test(`${path} stays within its byte budget`, () => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const kind = kindOf(path, html);
    const budget = budgetOf(kind);
    const weight = weigh(path);
    const shown = (bytes: number) => `${(bytes / kib).toFixed(1)} KiB`;
    expect(weight.total, `${path} (${kind}): HTML, CSS and JavaScript at start ${shown(weight.total)}`).toBeLessThanOrEqual(budget.total);
    if (budget.islands !== undefined) {
      expect(weight.islandsJs, `${path} (${kind}): islands' JavaScript ${shown(weight.islandsJs)}`).toBeLessThanOrEqual(budget.islands);
    } else {
      expect(weight.islands, `${path} (${kind}) has islands but its budget row names none`).toBe(false);
    }
  });
}

// Issue 16: the presenter's JavaScript before the scanner opens. Its first load holds the start screen with its QR
// code's encoder, the questions with their answers and the end (session.spec.ts adds the show of hands, in a browser).
const presenterJs = 30 * kib;
test(`the presenter's JavaScript at start stays within ${presenterJs / kib} KiB`, () => {
  const { js } = weigh('/quiz/present/');
  expect(js, `/quiz/present/: JavaScript at start ${(js / kib).toFixed(1)} KiB`).toBeLessThanOrEqual(presenterJs);
});

test('the weigher counts what a page loads: a widget page loads more script than a part page without islands', () => {
  const plain = weigh('/leadership/');
  const widgets = weigh('/procedure/');
  expect(plain.islandsJs).toBe(0);
  expect(widgets.islandsJs).toBeGreaterThan(5 * kib);
  expect(widgets.scripts).toEqual(expect.arrayContaining(plain.scripts));
  // Search's own code is imported when first used, not at start.
  expect(plain.scripts.some((s) => s.includes('search-ui'))).toBe(false);
});
