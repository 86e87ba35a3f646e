import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Which server the end-to-end tests use: a real nginx with the shipped configuration where nginx is installed
 * (CI installs it), elsewhere scripts/serve.mjs, which applies the same security headers from the build's _headers.
 */
export const serverKind = process.env['E2E_SERVER'] ?? (existsSync('/usr/sbin/nginx') ? 'nginx' : 'node');

/** The command that serves `dir` on `port` with that server. */
export const serveCommand = (port: number, dir = 'dist') =>
  `node scripts/${serverKind === 'nginx' ? 'serve-nginx' : 'serve'}.mjs --port ${port} --dir ${dir}`;

/** Starts a server of the built site for one test, one that the test can stop (to go offline for real). */
export async function startServer(port: number, dir = 'dist'): Promise<{ url: string; stop: () => Promise<void> }> {
  const [command, ...args] = serveCommand(port, dir).split(' ');
  const child = spawn(command === 'node' ? process.execPath : command!, args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (tries > 100) {
      child.kill('SIGTERM');
      throw new Error(`the server on port ${port} did not serve ${dir} (last status ${status})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}
