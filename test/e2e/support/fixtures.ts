/**
 * Browser e2e fixtures: the built renderer served on loopback, Chromium
 * driven by Playwright, and window.wizard wired through page.exposeBinding to
 * the real router and core in this test process, with a real practice server
 * (owned by the test, so it can inject faults) and the real keychain.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { build } from 'esbuild';
import { createCore, type Core } from '../../../main/core/onboarding/session';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { serveRenderer, type StaticServer } from './static-server';
import { Wizard } from './wizard';

const root = new URL('../../..', import.meta.url).pathname;
const rendererDir = join(root, 'out/renderer');

let bridgeScript: Promise<string> | null = null;
/** The page side of the bridge, bundled once per worker. */
function pageBridge(): Promise<string> {
  bridgeScript ??= build({
    absWorkingDir: root,
    entryPoints: ['test/e2e/support/page-bridge.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  }).then((out) => out.outputFiles[0]!.text);
  return bridgeScript;
}

export interface Harness {
  readonly core: Core;
  readonly graph: RunningPracticeServer;
  readonly dataDir: string;
  /** Every IPC reply the renderer received, serialised, for leak checks. */
  readonly replies: string[];
  /** Every IPC request channel the renderer sent, in order. */
  readonly channels: string[];
  /** Console messages and page errors, for leak checks and diagnostics. */
  readonly consoleLines: string[];
  /** Token of the practice scenario by label. */
  token(label: string): string;
}

/**
 * Console lines that are not the product's fault: Chromium warns that
 * `frame-ancestors` is ignored in a <meta> CSP (the header carries it too).
 */
const KNOWN_CONSOLE = [/frame-ancestors/];

/** Console errors, warnings and page errors a test should fail on. */
export function unexpectedConsole(harness: Harness): string[] {
  return harness.consoleLines.filter((line) => /^(error|warning|pageerror):/.test(line) && !KNOWN_CONSOLE.some((re) => re.test(line)));
}

interface Options {
  /** Scenario object for the harness's practice server and the core's practice mode; default the shipped one. */
  scenario: object | undefined;
  /** The system language the core sees (the app passes app.getLocale()); pair it with Playwright's `locale`. */
  systemLocale: string;
}

export const test = base.extend<Options & { renderer: StaticServer; harness: Harness; wizardPage: Page; wizard: Wizard }>({
  scenario: [undefined, { option: true }],
  systemLocale: ['en-US', { option: true }],
  renderer: async ({}, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `node build/bundle.mjs` first (npm test does).');
    const server = await serveRenderer(rendererDir);
    await use(server);
    await server.close();
  },
  harness: async ({ scenario, systemLocale }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waba-e2e-'));
    const graph = await startPracticeServer({ port: 0, ...(scenario ? { scenario } : {}) });
    const created = await createCore({
      dataDir,
      keychainAccount: `e2e-${randomUUID()}`,
      startPracticeServer,
      systemLocale,
      ...(scenario ? { practiceScenario: scenario } : {}),
      graph: {
        baseUrl: graph.url,
        retry: { baseDelayMs: 20, maxDelayMs: 500, maxTotalMs: 3_000 },
        // Pacing after a throttle waits max(pauseMs, Meta's regain estimate); the estimate is what the tests control.
        pacer: { pauseMs: 500 },
      },
    });
    if (!created.ok) throw new Error(created.error.message);
    const core = created.value;
    const harness: Harness = {
      core,
      graph,
      dataDir,
      replies: [],
      channels: [],
      consoleLines: [],
      token: (label) => graph.token(label),
    };
    await use(harness);
    await core.invoke('token.forget', {});
    await core.close();
    await graph.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  wizardPage: async ({ page, renderer, harness }, use) => {
    page.on('console', (message) => harness.consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => harness.consoleLines.push(`pageerror: ${error.message}`));
    await page.exposeBinding('__wizardTransport', async (_source, channel: unknown, request: unknown) => {
      harness.channels.push(String(channel));
      const reply = await harness.core.route(channel, request);
      harness.replies.push(JSON.stringify(reply));
      return reply;
    });
    await page.addInitScript({ content: await pageBridge() });
    await page.goto(renderer.url);
    await use(page);
  },
  wizard: async ({ wizardPage }, use) => {
    const wizard = new Wizard(wizardPage);
    await wizard.expectStep('welcome');
    await use(wizard);
  },
});

export { expect };
