// Serves a built site on 127.0.0.1 the way a static host does: directory index pages, a redirect to the
// trailing slash, the 404 page with status 404, and the headers of the build's `_headers` file.
// Usage: node scripts/serve.mjs [--port 4321] [--base /sub/path/] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Reads a `_headers` file: `/path*` lines, each followed by indented `Name: value` lines. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (line.trim() && rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Text is compressed when asked for; Pagefind's own files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.webmanifest', '.svg']);

/**
 * Creates (does not start) a server for the site built into `dir`, published under `base`; with `gzip`, it
 * compresses text for clients that accept it, as static hosts do (for measuring what a reader downloads).
 */
export function createStaticServer({ dir = 'dist', base = '/', gzip = false } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules = readHeaderRules(join(root, '_headers'));
  const headersFor = (path) =>
    Object.assign({}, ...rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern)).map((r) => r.headers));

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const send = (status, file) => {
      const compress = gzip && compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headersFor(path), ...(compress ? { 'Content-Encoding': 'gzip' } : {}) });
      const body = createReadStream(file);
      (compress ? body.pipe(createGzip()) : body).pipe(res);
    };
    const notFound = () => send(404, join(root, '404.html'));
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!path.startsWith(prefix) || !file.startsWith(root) || file.endsWith('_headers')) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` });
        return res.end();
      }
      return existsSync(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' }, dir: { type: 'string', default: 'dist' } },
  });
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`${values.dir}/ has no index.html: run \`npm run build\` first.`);
    process.exit(1);
  }
  createStaticServer(values).listen(Number(values.port), '127.0.0.1', () => {
    console.log(`The handbook site is being served at http://127.0.0.1:${values.port}${values.base}  (Ctrl+C stops it)`);
  });
}
