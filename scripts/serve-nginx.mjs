// Serves dist/ with a real nginx and the configuration the project ships (deploy/nginx/handbook/site.conf plus the
// build's build/nginx/headers.conf, laid out as scripts/deploy.sh installs a release in handbook/live/), so the
// end-to-end tests run against production settings. With --base, a sub-path build is served under that path (the
// folder is linked there inside a root of its own), as a host serving the site under a sub-path would.
// Usage: node scripts/serve-nginx.mjs [--port 4322] [--dir dist] [--base /handbook/]
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const headers = resolve('build/nginx/headers.conf');
if (!existsSync(headers)) {
  console.error('build/nginx/headers.conf is missing: run `npm run build` first.');
  process.exit(1);
}
const prefix = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
const live = join(prefix, 'handbook', 'live');
mkdirSync(live, { recursive: true });
symlinkSync(resolve('deploy/nginx/handbook/site.conf'), join(live, 'site.conf'));
symlinkSync(headers, join(live, 'headers.conf'));
let root = resolve(values.dir);
if (values.base !== '/') {
  // nginx's workers (another user) must get through the temporary folder to the link.
  chmodSync(prefix, 0o755);
  root = join(prefix, 'root');
  const link = join(root, values.base.replace(/\/$/, ''));
  mkdirSync(join(link, '..'), { recursive: true });
  symlinkSync(resolve(values.dir), link);
}
writeFileSync(join(live, 'root.conf'), `root ${root};\n`);
writeFileSync(
  join(prefix, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen 127.0.0.1:${values.port};
        include handbook/live/root.conf;
        include handbook/live/site.conf;
    }
}
`,
);
const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx is serving ${values.dir}/ at http://127.0.0.1:${values.port}${values.base}`);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
