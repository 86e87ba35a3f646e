// What each built page makes a reader's browser fetch, in gzip bytes, read from the built files rather than measured
// in a browser, so the same build always gives the same figures (tests/e2e/budgets.spec.ts holds them to the README's
// budgets; npm run bench prints them). Counted: the HTML, its stylesheets, and every script it loads without the reader
// asking: its module scripts and every island's component and renderer (as if scrolled through, so `client:visible`
// counts), each with the modules they import statically. Search's code, imported on first use, is not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  /** Scripts: the files loaded plus the inline scripts (which the HTML figure holds too). */
  js: number;
  /** HTML, CSS and script files: all a reader's browser fetches for the page. */
  total: number;
  /** Whether the page has islands. */
  islands: boolean;
  /** The script files this page loads that a part page without islands does not: its islands' share. */
  islandsJs: number;
  /** The script files loaded, as paths under the site. */
  scripts: string[];
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Reads built pages of `dist` (built for `base`), caching each file's size and imports. */
export function pageWeigher(dist: string, base = '/') {
  const files = new Map<string, { bytes: number; imports: string[] }>();
  /** A site path ('/_astro/x.js') as a file under dist. */
  const fileOf = (path: string) => join(dist, path.startsWith(base) ? path.slice(base.length) : path);
  const read = (path: string) => {
    let file = files.get(path);
    if (!file) {
      const text = readFileSync(fileOf(path), 'utf8');
      // Static imports only: `import"./a.js"`, `from"./a.js"`; a dynamic import( is loaded on use.
      const imports = [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://site${path}`).pathname);
      file = { bytes: gzip(text), imports };
      files.set(path, file);
    }
    return file;
  };
  /** Every script file reachable from these entry paths. */
  const closure = (entries: string[]) => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      read(path).imports.forEach(visit);
    };
    entries.forEach(visit);
    return seen;
  };

  const scriptsOf = (html: string) => {
    const entries: string[] = [];
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      const src = attribute(tag, 'src');
      if (src) entries.push(src);
    }
    for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attribute(tag, name);
        if (url) entries.push(url);
      }
    }
    return closure(entries);
  };
  const htmlOf = (page: string) => readFileSync(fileOf(`${page}index.html`), 'utf8');
  const baseline = scriptsOf(htmlOf(`${base}leadership/`));

  /** The weight of the page at this address ('/', '/procedure/', under base). */
  return (page: string): PageWeight => {
    const html = htmlOf(page);
    const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].reduce((sum, [tag]) => sum + read(attribute(tag, 'href')!).bytes, 0);
    const scripts = scriptsOf(html);
    const files = [...scripts].reduce((sum, path) => sum + read(path).bytes, 0);
    const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzip(m[1]!), 0);
    const htmlBytes = gzip(html);
    return {
      html: htmlBytes,
      css,
      js: files + inline,
      total: htmlBytes + css + files,
      islands: html.includes('<astro-island'),
      islandsJs: [...scripts].filter((p) => !baseline.has(p)).reduce((sum, path) => sum + read(path).bytes, 0),
      scripts: [...scripts].sort(),
    };
  };
}
