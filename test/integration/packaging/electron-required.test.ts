/**
 * WABA_REQUIRE_ELECTRON=1 (set by the CI and release workflows) turns the
 * Electron tests' "skipped, no binary" into failures, so a runner that lost
 * its Electron binary cannot pass the release matrix by skipping them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../../../', import.meta.url).pathname;

interface Stats {
  readonly expected: number;
  readonly unexpected: number;
  readonly skipped: number;
}

/** The Electron project, run by a nested Playwright with a binary path that does not exist. */
function runElectronProject(env: Record<string, string>): Stats {
  const output = mkdtempSync(join(tmpdir(), 'waba-electron-required-'));
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--project', 'electron', '--reporter', 'json', '--output', output], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_PATH: join(output, 'no-such-electron'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    const start = run.stdout.indexOf('{');
    if (start < 0) throw new Error(`no JSON report: ${run.stderr}`);
    return (JSON.parse(run.stdout.slice(start)) as { stats: Stats }).stats;
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

test('without a binary the Electron tests skip, but fail when WABA_REQUIRE_ELECTRON=1', () => {
  test.setTimeout(120_000);
  const relaxed = runElectronProject({ WABA_REQUIRE_ELECTRON: '' });
  expect(relaxed.skipped).toBeGreaterThan(0);
  expect(relaxed.unexpected).toBe(0);
  const required = runElectronProject({ WABA_REQUIRE_ELECTRON: '1' });
  // The Electron tests run serially: the first failure fails the run and Playwright skips the rest.
  expect(required.unexpected).toBeGreaterThan(0);
  expect(required.expected).toBe(0);
});
