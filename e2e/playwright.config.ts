import { defineConfig } from '@playwright/test';

// Real Debian Chromium against the built app, served by the production entry point on a fresh
// DATA_DIR (see start-server.mjs). Never downloads a browser.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'allow',
    locale: 'nb-NO',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node start-server.mjs',
    url: `${baseURL}/api/health`,
    // Staff accounts the specs log in with (see start-server.mjs); password E2E_STAFF_PASSWORD or its default.
    env: {
      E2E_PORT: String(port),
      E2E_SEED_STAFF:
        process.env.E2E_SEED_STAFF ??
        'e2e-raadgiver:counsellor,e2e-redaktor:editor,e2e-moderator:moderator,e2e-admin:admin',
      // Every spec registers its own members from the one loopback client; the default (10 an hour) is for people.
      AUTH_REGISTER_PER_HOUR: process.env.AUTH_REGISTER_PER_HOUR ?? '200',
    },
    reuseExistingServer: false,
    // A first start migrates, seeds the demo and hashes four staff passwords (argon2): slow on 2 busy cores.
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
