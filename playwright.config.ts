import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';
import { serveCommand } from './tests/e2e/support/server';

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
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: chromiumArgs,
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
