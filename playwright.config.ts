import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serveCommand } from './tests/e2e/support/server';

// Debian's Chromium where present (Playwright cannot download its own browser here), or a path from
// CHROMIUM_PATH; elsewhere Playwright's own browser.
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  workers: 2,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts$/ },
    // The same site built for publishing under a sub-path (npm run build:subpath), served at /handbook/.
    { name: 'subpath', testMatch: /subpath\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${port + 1}` } },
  ],
  webServer: [
    { command: serveCommand(port), url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env['CI'] },
    {
      command: `node scripts/serve.mjs --port ${port + 1} --dir dist-subpath --base /handbook/`,
      url: `http://127.0.0.1:${port + 1}/handbook/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
