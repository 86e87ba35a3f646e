// Publishing to a stock Debian nginx by the README's steps (see support/debian-nginx.ts): the first deployment, a
// second one while a reader has the site open, the update checks, HTTPS on the Observatory's rules, and a deploy
// that nginx rejects. Each test runs its own nginx on its own ports.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext } from '@playwright/test';
import { nginxInstalled, readmeSteps, secondBuild, startDebianNginx, type DebianNginx } from './support/debian-nginx';
import { expect, test } from './support/fixtures';
import { observatory } from './support/observatory';

const basePort = Number(process.env['E2E_PORT'] ?? 4322) + 150;
const install = readmeSteps('**Your own nginx**');

test.skip(!nginxInstalled || process.getuid?.() !== 0, 'needs nginx and root (as in CI), like a real installation');

let server: DebianNginx | undefined;
let scratch: string | undefined;
test.afterEach(() => {
  server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  server = scratch = undefined;
});

/** Starts a stock Debian nginx on two ports of this test's own (each test passes its own slot). */
const debian = (slot: number) => {
  const port = basePort + 10 * (test.info().repeatEachIndex % 4) + 2 * slot; // --repeat-each runs copies at once
  server = startDebianNginx(port, port + 1);
  scratch = mkdtempSync(join(tmpdir(), 'handbook-build-'));
  return server;
};

/** The inline scripts of a page whose hashes its header policy does not allow: what the browser would block. */
function blockedScripts(html: string, policy: string): string[] {
  const allowed = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  return [...html.matchAll(/<script(?:\s+type="module")?>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
    .filter((hash) => !allowed.includes(hash));
}

/** One request on a connection of its own: nginx closes idle kept-alive connections when it reloads, and a
 * browser, unlike Playwright's request, silently retries on a new one. */
const get = (request: APIRequestContext, url: string) =>
  request.get(url, { maxRedirects: 0, failOnStatusCode: false, headers: { connection: 'close' } });

/** Deploys and waits for nginx's reload to finish: its new workers serve the build's service worker. */
async function deploy(nginx: DebianNginx, dist = 'dist', headers?: string) {
  nginx.deploy(dist, headers);
  const expected = readFileSync(join(dist, 'sw.js'), 'utf8');
  await expect
    .poll(() => fetch(`${nginx.http}/sw.js`).then((r) => r.text(), (e: Error) => `${e.cause}\n${nginx.log()}`))
    .toBe(expected);
}

test('by the README, a stock Debian nginx serves the handbook instead of "Welcome to nginx!"', async ({ request }) => {
  const nginx = debian(0);
  expect(await (await get(request, `${nginx.http}/`)).text()).toContain('Welcome to nginx!');

  for (const line of install) nginx.run(line);
  await deploy(nginx);
  expect(await (await get(request, `${nginx.http}/`)).text()).toContain('出席党的二十大代表选举工作宣传手册');

  const home = await get(request, `${nginx.http}/`);
  expect(blockedScripts(await home.text(), home.headers()['content-security-policy']!)).toEqual([]);
  expect(home.headers()['strict-transport-security']).toBe('max-age=63072000');
  expect((await get(request, `${nginx.http}/procedure/`)).status()).toBe(200);
  expect((await get(request, `${nginx.http}/procedure`)).headers()['location']).toBe('/procedure/');
  // The static hosts' headers file is not served; an address over 8 KB gets the site's page, with its headers.
  expect((await get(request, `${nginx.http}/_headers`)).status()).toBe(404);
  const long = await get(request, `${nginx.http}/search/?q=${'选举'.repeat(1500)}`);
  expect(long.status()).toBe(414);
  expect(await long.text()).toContain('网址太长');
  expect(long.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('a second deploy while a reader has the site open: no page mixes builds, and the reader is offered 新版本可用', async ({ page, request, browser }) => {
  test.setTimeout(90_000);
  const nginx = debian(1);
  for (const line of install) nginx.run(line);
  await deploy(nginx);
  const second = await secondBuild('dist', join(scratch!, 'dist'));

  // The reader's second visit: the page is under the service worker that the first one installed.
  await page.goto(`${nginx.http}/`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // While the deploy runs, pages are fetched without a pause: each must come with its own build's headers.
  let deploying = true;
  const mixed: string[] = [];
  const seen = new Set<string>();
  const watch = (async () => {
    while (deploying) {
      for (const path of ['/', '/procedure/', '/quiz/']) {
        const response = await get(request, `${nginx.http}${path}`);
        const html = await response.text();
        seen.add(html.includes('name="build" content="second"') ? 'second' : 'first');
        const blocked = blockedScripts(html, response.headers()['content-security-policy'] ?? '');
        if (blocked.length) mixed.push(`${path}: ${blocked.join(' ')}`);
      }
    }
  })();
  await deploy(nginx, second.dist, second.headers);
  deploying = false;
  await watch;
  expect(mixed).toEqual([]);
  expect([...seen]).toContain('second');

  // The reader goes on reading, and is told of the new version without losing the page.
  await page.getByRole('link', { name: /产生程序/ }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: '新版本可用' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'second');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);

  // A first-time reader gets the second build, its scripts allowed by its headers.
  const fresh = await browser.newPage();
  await fresh.goto(`${nginx.http}/procedure/`);
  await expect(fresh.locator('meta[name="build"]')).toHaveAttribute('content', 'second');
  await expect(fresh.locator('html')).toHaveClass(/\bjs\b/);
  await fresh.close();

  // Three releases at most are kept, and the live one is the second build.
  nginx.deploy(second.dist, second.headers);
  nginx.deploy(second.dist, second.headers);
  expect(readdirSync(join(nginx.srv, 'releases'))).toHaveLength(3);
});

test('every unhashed file (pages, the offline page, the service worker, the manifest, the index entry) is sent in full when two builds share its time and size', async ({ request }) => {
  const nginx = debian(2);
  for (const line of install) nginx.run(line);
  await deploy(nginx);
  const live = () => readFileSync(join(nginx.etc, 'handbook', 'live', 'root.conf'), 'utf8').match(/root (.*);/)![1]!;
  const first = live();
  // Addresses and the files behind them.
  const files: [string, string][] = [
    ['sw.js', 'sw.js'],
    ['manifest.webmanifest', 'manifest.webmanifest'],
    ['', 'index.html'],
    ['procedure/', 'procedure/index.html'],
    ['offline/', 'offline/index.html'],
    ['pagefind/pagefind-entry.json', 'pagefind/pagefind-entry.json'],
    ['precache.json', 'precache.json'],
  ];
  const before: Record<string, { body: string; headers: Record<string, string> }> = {};
  for (const [address] of files) {
    const response = await get(request, `${nginx.http}/${address}`);
    before[address] = { body: await response.text(), headers: response.headers() };
  }

  // A second build where each of these files differs by one character (as a content hash in it would), copied
  // within the same second as the first: same size, same time.
  const dist = join(scratch!, 'dist');
  execFileSync('cp', ['-R', 'dist', dist]);
  for (const [address, file] of files)
    writeFileSync(join(dist, file), before[address]!.body.replace(/[a-z]/, (c) => c.toUpperCase()));
  await deploy(nginx, dist);
  for (const [, file] of files) {
    const old = statSync(join(first, file));
    utimesSync(join(live(), file), old.atime, old.mtime);
    expect(statSync(join(live(), file)).size, file).toBe(old.size);
  }

  for (const [address, file] of files) {
    const { body, headers } = before[address]!;
    const validators = {
      ...(headers['etag'] ? { 'If-None-Match': headers['etag'] } : {}),
      ...(headers['last-modified'] ? { 'If-Modified-Since': headers['last-modified'] } : {}),
    };
    const check = await request.get(`${nginx.http}/${address}`, { headers: { ...validators, connection: 'close' } });
    expect(check.status(), file).toBe(200);
    expect(await check.text(), file).not.toBe(body);
    expect(await check.text(), file).toBe(readFileSync(join(dist, file), 'utf8'));
  }
});

/** An HTTPS request that accepts the test's self-signed certificate. */
const fetchHttps = (url: string) =>
  new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    httpsRequest(url, { rejectUnauthorized: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers as Record<string, string>, body }));
    })
      .on('error', reject)
      .end();
  });

test('HTTPS by the README scores A+ on the Mozilla Observatory rules; plain HTTP scores the C+ it did', async ({ request }) => {
  const nginx = debian(3);
  for (const line of install) nginx.run(line);
  await deploy(nginx);
  const scanAt = async (finalUrl: string) => {
    const http = await get(request, `${nginx.http}/`);
    const final = finalUrl.startsWith('https:') ? await fetchHttps(finalUrl) : await get(request, finalUrl).then(async (r) => ({ headers: r.headers(), body: await r.text() }));
    return observatory({ http: { status: http.status(), location: http.headers()['location'] }, final: { url: finalUrl, headers: final.headers, body: final.body } });
  };
  const plain = await scanAt(`${nginx.http}/`);
  expect(plain.grade).toBe('C+');
  expect(plain.modifiers.filter((m) => m.modifier < 0).map((m) => m.result).sort()).toEqual(['hsts-not-implemented-no-https', 'redirection-missing']);

  // The README's HTTPS steps: the other server block, and the certificate paths (here a self-signed certificate).
  const key = join(scratch!, 'handbook.key');
  const cert = join(scratch!, 'handbook.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  for (const line of install) nginx.run(line.replace('deploy/nginx/handbook.conf', 'deploy/nginx/handbook-https.conf').replace(/^sudo ln .*|^sudo rm .*/, 'true'));
  const site = join(nginx.etc, 'sites-available', 'handbook');
  writeFileSync(site, readFileSync(site, 'utf8').replace('/etc/ssl/certs/handbook.pem', cert).replace('/etc/ssl/private/handbook.key', key));
  nginx.deploy();

  await expect.poll(async () => (await get(request, `${nginx.http}/`)).status()).toBe(301);
  const redirect = (await get(request, `${nginx.http}/procedure/?q=1`)).headers()['location'];
  expect(redirect).toBe(`${nginx.https}/procedure/?q=1`);
  const secure = await scanAt(`${nginx.https}/`);
  expect(secure.modifiers.filter((m) => m.modifier < 0)).toEqual([]);
  // 100, plus 5 each for the policy without unsafe sources, the private referrer policy and frame-ancestors.
  expect(secure).toMatchObject({ grade: 'A+', score: 115 });
  // Every kind of response carries HSTS, the locations with caching headers of their own and the 404 page too.
  for (const path of ['/procedure/', '/sw.js', '/manifest.webmanifest', '/no-such-page/', '/_astro/']) {
    expect((await fetchHttps(`${nginx.https}${path}`)).headers['strict-transport-security'], path).toBe('max-age=63072000');
  }
});

test('deploy.sh changes nothing when Debian\'s default site is still on or nginx rejects the configuration', async ({ request }) => {
  const nginx = debian(4);
  const [copy, link] = install;
  nginx.run(copy!);
  nginx.run(link!);
  expect(() => nginx.deploy()).toThrow(/sites-enabled\/default/);
  expect(await (await get(request, `${nginx.http}/`)).text()).toContain('Welcome to nginx!');

  for (const line of install.slice(2)) nginx.run(line);
  await deploy(nginx);
  const live = readFileSync(join(nginx.etc, 'handbook', 'live', 'root.conf'), 'utf8');
  const broken = join(scratch!, 'headers.conf');
  writeFileSync(broken, 'add_header X-Broken "unterminated;\n');
  expect(() => nginx.deploy('dist', broken)).toThrow(/nginx rejected the configuration/);
  expect(readFileSync(join(nginx.etc, 'handbook', 'live', 'root.conf'), 'utf8')).toBe(live);
  expect(readdirSync(join(nginx.srv, 'releases'))).toHaveLength(1);
  expect((await get(request, `${nginx.http}/`)).status()).toBe(200);
});
