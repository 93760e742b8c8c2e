import { defineConfig, devices } from '@playwright/test';
import { assertThrowAwayDatabase, baseURL, chromiumExecutable, databasePath, port } from './e2e/support/environment';
import { SERVER_HEAP_OPTIONS } from './lib/server-heap';

assertThrowAwayDatabase(databasePath);

const writingSpecs = /e2e\/(editing|admin)\/.*\.spec\.ts/;
const hostileSpecs = /e2e\/hostile\/.*\.spec\.ts/;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Three browsers keep this 2-core machine busy: with two, a third of its CPU time was idle while
  // tests waited on each other's pages; with four, the slowest tests ran out of time.
  workers: 3,
  // A 2-core machine serving three browsers answers slower than Playwright's defaults (30 s, 5 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    // Specs that read the demo figures run first; specs that change data run after them, so a
    // record added by one never shifts a figure another is checking.
    { name: 'reading', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'], testIgnore: [writingSpecs, hostileSpecs] },
    { name: 'writing', use: { ...devices['Desktop Chrome'] }, dependencies: ['reading'], testMatch: writingSpecs },
    // Generated hostile input may store odd but valid records: last, so no other spec sees them.
    { name: 'hostile', use: { ...devices['Desktop Chrome'] }, dependencies: ['writing'], testMatch: hostileSpecs },
  ],
  webServer: {
    // A fresh demo database for every run, then the production build on a free port.
    // Idle connections are kept 70 s instead of Node's 5: a test's request context reuses its
    // connection after a pause (signing in through the browser meanwhile), and one the server
    // had just closed failed with ECONNRESET.
    command: `npx tsx scripts/db-seed.ts && npx next start --hostname 127.0.0.1 --port ${port} --keepAliveTimeout 70000`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_PATH: databasePath,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: SERVER_HEAP_OPTIONS,
      // Low enough for e2e/api/read-api.spec.ts to reach it; each test there uses its own token.
      API_RATE_LIMIT: '40',
      API_RATE_WINDOW_SECONDS: '60',
    },
  },
});
