// Serves the built site (dist/) on 127.0.0.1 the way a static host does: directory index pages,
// a redirect to the trailing slash, and the 404 page with status 404.
// Usage: node scripts/serve.mjs [--port 4321] [--base /sub/path/]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } } });
const root = resolve('dist');
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/ has no index.html: run `npm run build` first.');
  process.exit(1);
}

const send = (res, status, file, headers = {}) => {
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/';
  }
  if (!path.startsWith(base)) return send(res, 404, join(root, '404.html'));
  const file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) return send(res, 404, join(root, '404.html'));
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/${url.search}` });
      return res.end();
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(res, 200, index) : send(res, 404, join(root, '404.html'));
  }
  if (existsSync(file)) return send(res, 200, file);
  return send(res, 404, join(root, '404.html'));
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`The handbook site is being served at http://127.0.0.1:${values.port}${base}  (Ctrl+C stops it)`);
});
