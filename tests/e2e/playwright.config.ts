import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';

const PROD_PORT = Number(process.env.E2E_PORT ?? 4173);
const WORKER_PORT = Number(process.env.E2E_WORKER_PORT ?? 5174);

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  // One worker: every test starts by resetting the one shared mock server.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]] : [['list']],
  use: {
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1366, height: 768 },
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // The production build (no MSW inside) against the mock backend over real HTTP.
      name: 'production-build',
      testIgnore: /worker-mode\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PROD_PORT}` },
    },
    {
      // The in-browser service-worker mock, as `npm run dev` serves it.
      name: 'worker-mode',
      testMatch: /worker-mode\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${WORKER_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx mocks/server.ts --host 127.0.0.1 --port ${PROD_PORT} --preset demo --static dist`,
      cwd: '../..',
      url: `http://127.0.0.1:${PROD_PORT}/api/v1/__mock/state`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${WORKER_PORT} --strictPort`,
      cwd: '../..',
      url: `http://127.0.0.1:${WORKER_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
