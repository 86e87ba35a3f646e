// The steps after Astro has written the pages, so that a plain `astro build` yields the complete site:
// 1. the Pagefind index (through its Node API, as Starlight's integrations/pagefind.ts does),
// 2. the service worker that precaches the whole site (workbox-build),
// 3. the production security headers, whose Content-Security-Policy carries Astro's script and style hashes.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { generateSW, getManifest } from 'workbox-build';
import { htmlFiles } from '../../scripts/site-pages.mjs';
import { headerPolicy, nginxHeaders, staticHostHeaders } from './security-headers';

interface Options {
  /** Where to write the nginx form of the headers (deploy/nginx/handbook/site.conf includes it); none if unset. */
  nginxHeaders?: string | undefined;
}

export default function postbuild({ nginxHeaders: nginxFile }: Options = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-postbuild',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await indexForSearch(dist, logger);
        await writeServiceWorker(dist, base, logger);
        writeHeaders(dist, base, nginxFile, logger);
      },
    },
  };
}

async function indexForSearch(dist: string, logger: AstroIntegrationLogger) {
  const { index, errors } = await pagefind.createIndex({
    // Controls and editorial additions are not the handbook's words, so they are kept out of the index.
    excludeSelectors: ['[data-editorial]'],
    // The eight parts' records in one file: the search reads them all, and one file compresses better than eight.
    maxFragments: 1,
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`search index: ${added.page_count} pages read`);
}

/** The service worker, and beside it `precache.json`, the same list for the pages (src/scripts/service-worker.ts),
 * which refill the cache if the browser empties it: a worker whose cache is gone never fills it again by itself. */
export async function writeServiceWorker(dist: string, base: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>) {
  const files = {
    globDirectory: dist,
    globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}', 'quiz/questions.json', 'quiz/paragraphs.json', 'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*', 'pagefind/index/*', 'pagefind/fragment/*'],
    globIgnores: ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'sw.js'],
    modifyURLPrefix: { '': base },
  };
  // Every URL parameter is ignored when matching the precache: pages read their query strings in the browser
  // (?q=, ?set=, ?size=…), and Pagefind appends ?ts= to its entry file.
  const { count, size, warnings } = await generateSW({
    ...files,
    swDest: join(dist, 'sw.js'),
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // An address the precache does not hold (an unknown one, or /procedure without its slash) goes to the network;
    // offline, the offline page answers instead of the browser's error (src/pages/offline.astro).
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
      },
    ],
    cleanupOutdatedCaches: true,
    // A new version waits until the reader chooses to reload (src/scripts/service-worker.ts): nothing reloads mid-quiz.
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  for (const w of warnings) logger.warn(w);
  const { manifestEntries } = await getManifest(files);
  writeFileSync(join(dist, 'precache.json'), JSON.stringify(manifestEntries.map(({ url, revision }) => ({ url, revision }))));
  logger.info(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
}

/** One policy for every page: the union of the hashes Astro put in each page's own policy. */
export function writeHeaders(dist: string, base: string, nginxFile: string | undefined, logger: Pick<AstroIntegrationLogger, 'info'>) {
  const pages = htmlFiles(dist).map((f) => join(dist, f));
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const page of pages) {
    const meta = readFileSync(page, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]*)"/);
    if (!meta) throw new Error(`${page} has no Content-Security-Policy meta element`);
    for (const directive of meta[1]!.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
      if (kind) for (const v of values) if (v.startsWith("'sha")) hashes[kind].add(v);
    }
  }
  const policy = headerPolicy({ scriptHashes: [...hashes.script].sort(), styleHashes: [...hashes.style].sort() });
  writeFileSync(join(dist, '_headers'), staticHostHeaders(policy, base));
  if (nginxFile) {
    mkdirSync(dirname(nginxFile), { recursive: true });
    writeFileSync(nginxFile, nginxHeaders(policy));
  }
  logger.info(`security headers: ${hashes.script.size} script and ${hashes.style.size} style hashes from ${pages.length} pages → ${[join(dist, '_headers'), nginxFile].filter(Boolean).join(', ')}`);
}
