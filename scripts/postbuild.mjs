// After `astro build` and Pagefind: writes the service worker that precaches the whole site, and the
// production security headers whose Content-Security-Policy carries Astro's script and style hashes.
// Usage: node scripts/postbuild.mjs [dist directory] [nginx headers file]   (SITE_BASE as for the build, default /)
import { generateSW, getManifest } from 'workbox-build';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './site-pages.mjs';
import { dirname, join } from 'node:path';
import { headerPolicy, nginxHeaders, staticHostHeaders } from './security-headers.mjs';

const dist = process.argv[2] ?? 'dist';
const nginxFile = process.argv[3];
const base = process.env['SITE_BASE'] ?? '/';

// 1. Service worker. Every URL parameter is ignored when matching the precache: pages read their query strings
// in the browser (?q=, ?set=, ?size=…), and Pagefind appends ?ts= to its entry file.
const files = {
  globDirectory: dist,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}', 'quiz/questions.json', 'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*', 'pagefind/index/*', 'pagefind/fragment/*'],
  globIgnores: ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'sw.js'],
  modifyURLPrefix: { '': base },
};
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
for (const w of warnings) console.warn(w);
// The same list for the pages (src/scripts/service-worker.ts), which refill the cache if the browser empties it:
// a worker whose cache is gone never fills it again by itself.
const { manifestEntries } = await getManifest(files);
writeFileSync(join(dist, 'precache.json'), JSON.stringify(manifestEntries.map(({ url, revision }) => ({ url, revision }))));
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);

// 2. Security headers. One policy for every page: the union of the hashes Astro put in each page's own policy.
const pages = htmlFiles(dist).map((f) => join(dist, f));
const hashes = { script: new Set(), style: new Set() };
for (const page of pages) {
  const meta = readFileSync(page, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]*)"/);
  if (!meta) throw new Error(`${page} has no Content-Security-Policy meta element`);
  for (const directive of meta[1].split(';')) {
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
console.log(`security headers: ${hashes.script.size} script and ${hashes.style.size} style hashes from ${pages.length} pages → ${[join(dist, '_headers'), nginxFile].filter(Boolean).join(', ')}`);
