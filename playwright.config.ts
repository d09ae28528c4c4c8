import { defineConfig } from '@playwright/test';

// E2E_PORT / E2E_DATA_DIR let two runs share the machine.
const PORT = Number(process.env.E2E_PORT ?? 4100);
const baseURL = `http://localhost:${PORT}`;
// A fresh embedded database per run: the API seeds the demo data into an empty one.
const DATA_DIR = process.env.E2E_DATA_DIR ?? '.data-e2e';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  // On CI a test that failed runs once more; one that then passes is reported as flaky (by name, in
  // .ci/run's summary) and counted as passed. A real fault fails both times.
  retries: process.env.CI ? 1 : 0,
  // A whole flow (sign in, make its records, walk three screens) took 28 s here and over 60 s on a
  // slower CI machine; the limit only ends a test that hangs.
  timeout: 180_000,
  // CI shares the machine with whatever else runs there: a lazy screen can take more than 10 s to
  // show under load (a campaign form's check took longer once). Waiting longer costs a passing test nothing.
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 800 },
    actionTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: {
    // The build (web and API) is done before Playwright runs. No DATABASE_URL: the embedded database.
    command: `node -e "require('node:fs').rmSync('${DATA_DIR}', { recursive: true, force: true })" && env -u DATABASE_URL node apps/api/dist/main.js`,
    url: `${baseURL}/healthz`,
    env: {
      PORT: String(PORT),
      SEN_DATA_DIR: DATA_DIR,
      SEN_ADMIN_EMAIL: 'admin@sen.local',
      SEN_ADMIN_PASSWORD: 'sen-demo-2026',
    },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
