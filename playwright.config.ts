import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * One runner for every layer (architecture.md, "How it is tested"):
 * - node: unit and integration tests under plain Node (no browser launched);
 * - browser: the built renderer in Chromium with the real core behind exposeBinding;
 * - electron: `_electron` tests, which skip themselves (with the reason) where no Electron binary exists.
 * Chromium comes from Debian (/usr/bin/chromium) where present, as Playwright cannot download its own
 * here; elsewhere (CI on Windows and macOS) Playwright's own, from `npx playwright install chromium`.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test',
  outputDir: 'reports/test-output',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  projects: [
    { name: 'node', testMatch: /(unit|integration)\/.*\.test\.ts$/ },
    {
      name: 'browser',
      testMatch: /e2e\/.*\.spec\.ts$/,
      use: {
        viewport: { width: 1024, height: 720 },
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts$/ },
  ],
});
