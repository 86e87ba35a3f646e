// The shipped nginx settings (deploy/nginx/handbook/site.conf) serving the sub-path build (npm run build:subpath)
// under /handbook/, as a host that publishes the site below its root would: the camera stays allowed on the
// presenter's page alone. The headers file is the root build's (a sub-path build writes none); only the
// Permissions-Policy, which does not depend on the build, is checked here.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serverKind } from './support/server';

const port = Number(process.env['E2E_PORT'] ?? 4322) + 140;
const site = `http://127.0.0.1:${port}/handbook/`;

test.skip(serverKind !== 'nginx', 'needs nginx (as in CI)');
test.skip(!existsSync('dist-subpath/index.html'), 'needs the sub-path build (npm run build:subpath)');

let nginx: ChildProcess | undefined;
test.beforeAll(async () => {
  nginx = spawn(process.execPath, ['scripts/serve-nginx.mjs', '--port', String(port), '--dir', 'dist-subpath', '--base', '/handbook/'], { stdio: 'ignore' });
  await expect.poll(() => fetch(site).then((r) => r.status, () => 0), { timeout: 15_000 }).toBe(200);
});
test.afterAll(() => {
  nginx?.kill('SIGTERM');
});

test('under a sub-path, the camera is allowed on the presenter’s page and nowhere else', async ({ request }) => {
  const policy = async (path: string) => {
    const response = await request.get(`${site}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    return response.headers()['permissions-policy'] ?? '';
  };
  expect(await policy('quiz/present/')).toMatch(/camera=\(self\)/);
  expect(await policy('quiz/present/index.html')).toMatch(/camera=\(self\)/);
  for (const path of ['', 'quiz/', 'quiz/join/', 'quiz/records/', 'procedure/']) expect(await policy(path), path).toMatch(/^camera=\(\)/);
});
