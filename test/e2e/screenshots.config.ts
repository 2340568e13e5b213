/**
 * Captures every step of the wizard as PNG (issue 4): not part of the test
 * run, started on its own after a build:
 *   node build/bundle.mjs --only renderer
 *   bash test/support/with-keyring.sh npx playwright test --config test/e2e/screenshots.config.ts
 * Files land in reports/screenshots/<lang>-<theme>-<n>-<step>.png.
 */
import { defineConfig } from '@playwright/test';
import main from '../../playwright.config';

const browser = main.projects?.find((project) => project.name === 'browser');

export default defineConfig({
  testDir: '.',
  testMatch: /screenshots\.capture\.ts$/,
  outputDir: '../../reports/test-output/screenshots',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: { ...browser?.use, viewport: { width: 1024, height: 720 } },
});
