// A stock Debian nginx in a throwaway folder: a copy of this machine's /etc/nginx (Debian's nginx.conf, mime types,
// sites-enabled/default and all), moved onto the test's own ports and paths, running as a daemon as it does after
// `apt-get install nginx`. The README's publishing steps are then run against it with /etc/nginx and /srv/handbook
// replaced by the copy's folders: that substitution and the port numbers are the only differences.
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeHeaders, writeServiceWorker } from '../../../src/integrations/postbuild';

export const nginxInstalled = (() => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Whether a process still runs (a zombie, left where nothing reaps daemons, does not). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

export interface DebianNginx {
  etc: string;
  srv: string;
  http: string;
  https: string;
  /** Runs one of the README's shell lines with the copy's folders in place of /etc/nginx and /srv/handbook. */
  run: (line: string) => string;
  /** nginx's error log (notices included: signals and reloads). */
  log: () => string;
  /** `scripts/deploy.sh dist headers`, as the README says, against the copy. */
  deploy: (dist?: string, headers?: string) => string;
  stop: () => void;
}

/** The README's shell lines in the fenced block that follows `marker` (comments and blank lines left out). */
export function readmeSteps(marker: string): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.slice(readme.indexOf(marker)).match(/```sh\n([\s\S]*?)```/);
  if (!block) throw new Error(`README.md has no sh block after ${marker}`);
  return block[1]!.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l && !l.startsWith('#'));
}

export function startDebianNginx(httpPort: number, httpsPort: number): DebianNginx {
  const prefix = mkdtempSync(join(tmpdir(), 'handbook-debian-'));
  chmodSync(prefix, 0o755); // nginx's workers run as www-data, as on Debian
  const etc = join(prefix, 'etc', 'nginx');
  const srv = join(prefix, 'srv', 'handbook');
  cpSync('/etc/nginx', etc, { recursive: true, verbatimSymlinks: true });
  // Debian's sites-enabled/default links to /etc/nginx/sites-available/default: point it at the copy.
  unlinkSync(join(etc, 'sites-enabled', 'default'));
  symlinkSync('../sites-available/default', join(etc, 'sites-enabled', 'default'));
  const moved = (text: string) => text.replaceAll('/etc/nginx', etc).replaceAll('/srv/handbook', srv);
  const conf = join(etc, 'nginx.conf');
  writeFileSync(
    conf,
    moved(readFileSync(conf, 'utf8'))
      .replace('/run/nginx.pid', join(prefix, 'nginx.pid'))
      .replaceAll('/var/log/nginx', prefix)
      .replace(/error_log (\S+);/, 'error_log $1 notice;') // signals and reloads, for a failing test's report
      // Temporary files beside the rest, so that nothing of the machine's own nginx is touched.
      .replace(/http \{/, `http {\n\tclient_body_temp_path ${prefix}/body;\n\tproxy_temp_path ${prefix}/proxy;\n\tfastcgi_temp_path ${prefix}/fastcgi;\n\tuwsgi_temp_path ${prefix}/uwsgi;\n\tscgi_temp_path ${prefix}/scgi;`),
  );
  const onOurPorts = () => {
    for (const file of readdirSync(join(etc, 'sites-available'))) {
      const path = join(etc, 'sites-available', file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/^\s*listen \[::\]:\d+.*$/gm, '')
          .replace(/listen 80\b/g, `listen 127.0.0.1:${httpPort}`)
          .replace(/listen 443\b/g, `listen 127.0.0.1:${httpsPort}`)
          .replace(/https:\/\/\$host\$request_uri/, `https://$host:${httpsPort}$request_uri`),
      );
    }
  };
  onOurPorts();
  const nginx = `nginx -c ${conf}`;
  execSync(nginx, { stdio: 'ignore' }); // starts as a daemon, serving Debian's "Welcome to nginx!"
  const env = { ...process.env, NGINX_DIR: etc, SITE_DIR: srv, NGINX_CMD: nginx };
  const run = (line: string) => {
    try {
      return execSync(moved(line.replace(/^sudo /, '')), { env, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`${line}: ${(error as { stderr?: string }).stderr}`);
    } finally {
      onOurPorts();
    }
  };
  return {
    etc,
    srv,
    http: `http://127.0.0.1:${httpPort}`,
    https: `https://127.0.0.1:${httpsPort}`,
    run,
    log: () => readFileSync(join(prefix, 'error.log'), 'utf8'),
    deploy: (dist = 'dist', headers = 'build/nginx/headers.conf') => run(`scripts/deploy.sh ${resolve(dist)} ${resolve(headers)}`),
    stop: () => {
      // A fast stop, waited for: the next test may take the same ports.
      const pid = Number(readFileSync(join(prefix, 'nginx.pid'), 'utf8'));
      execSync(`${nginx} -s stop`, { stdio: 'ignore' });
      for (let tries = 0; tries < 100 && alive(pid); tries++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/**
 * A second build of the same site, as a new deployment brings: every page's inline scripts differ (so their CSP
 * hashes do), a marker shows which build a page came from, and the service worker and headers are written again
 * by the real post-build steps (src/integrations/postbuild.ts).
 */
export async function secondBuild(from: string, to: string): Promise<{ dist: string; headers: string }> {
  cpSync(from, to, { recursive: true });
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  for (const page of walk(to)) {
    let html = readFileSync(page, 'utf8');
    for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      html = html.replace(`<script>${body}</script>`, `<script>${body};</script>`).replaceAll(sha(body!), sha(`${body};`));
    }
    writeFileSync(page, html.replace('<head>', '<head><meta name="build" content="second">'));
  }
  const headers = join(to, '..', 'headers.conf');
  const quiet = { info: () => {}, warn: () => {} };
  await writeServiceWorker(to, '/', quiet);
  writeHeaders(to, '/', headers, quiet);
  return { dist: to, headers };
}
