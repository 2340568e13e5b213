/**
 * Launches the built app (out/main/app.js through package.json "main") with a
 * fresh userData folder per test, its output captured, and a private
 * Secret Service when test/support/with-keyring.sh provided one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { repoRoot } from './electron-binary';

export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly page: Page;
  readonly userData: string;
  readonly output: string[];
  close(): Promise<void>;
}

export async function launchApp(executablePath: string, extraEnv: Record<string, string> = {}): Promise<LaunchedApp> {
  for (const built of ['out/main/app.js', 'out/preload/preload.cjs']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const userData = mkdtempSync(path.join(tmpdir(), 'waba-e2e-userdata-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, { WABA_USER_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' }, extraEnv);
  delete env.ELECTRON_RUN_AS_NODE;
  const args = process.platform === 'linux' && !env.DISPLAY ? ['--ozone-platform=headless', repoRoot] : [repoRoot];
  const app = await electron.launch({ executablePath, args, cwd: repoRoot, env, timeout: 30_000 });
  const output: string[] = [];
  app.process().stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  app.process().stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const page = await app.firstWindow();
  page.on('console', (message) => output.push(`[console.${message.type()}] ${message.text()}`));
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    userData,
    output,
    async close() {
      await app.close().catch(() => undefined);
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
