// The pages of a built site, found in its output folder rather than listed by hand.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file under `dist` (index pages and 404.html), as paths relative to it. */
export function htmlFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.html')) files.push(relative(dist, join(dir, entry.name)).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/** Every page's address ('/', '/procedure/'): the index pages, without the 404 page. */
export const pageAddresses = (dist) =>
  htmlFiles(dist)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
