// Browser journeys against a production build, in Debian's chromium (no browser downloads). The server runs on a
// fresh embedded database that tests/e2e/setup-database.ts fills with two workspaces and their users.
import { defineConfig } from '@playwright/test';

const port = 3210;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs`,
    url: `http://localhost:${port}/sign-in`,
    env: {
      PORT: String(port),
      DATA_DIR: 'test-results/e2e-data',
      SEED_DEMO: 'false',
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
