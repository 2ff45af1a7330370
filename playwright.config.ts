import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.mjs';

// E2E_PORT lets two runs (two developers, or a helper) use separate servers.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/support/playwright-summary.ts']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
    },
  },
  webServer: {
    command: `node tests/support/static-server.mjs ${port} ${process.env.FACE_FLOWS_OUT ?? 'dist'}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
